/** Where the browser tests' second server, over a generated portfolio of 2,000 projects, listens. */
export const LARGE_PORTFOLIO_PORT = 4174;
export const LARGE_PORTFOLIO_URL = `http://127.0.0.1:${String(LARGE_PORTFOLIO_PORT)}`;
