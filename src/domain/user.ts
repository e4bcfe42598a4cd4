import * as z from 'zod/mini';
import { actionSchema } from './actions';
import { organisationSummarySchema, slugSchema } from './organisation';

export const roles = ['manager', 'engagement', 'council'] as const;
export const roleSchema = z.enum(roles, { error: 'Choose a role: manager, engagement or council' });
export type Role = z.infer<typeof roleSchema>;
export const roleLabels: Record<Role, string> = {
  manager: 'LDCU manager',
  engagement: 'Engagement staff',
  council: 'Council staff',
};

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for a passphrase, short enough that hashing it cannot be used to tie up the server. */
export const MAX_PASSWORD_LENGTH = 256;

export const emailSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, { error: 'Enter an email address' }),
  z.maxLength(254, { error: 'Email addresses must be 254 characters or fewer' }),
  z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'Enter an email address in the correct format, like name@example.gov.uk' }),
);

export const newPasswordSchema = z.string().check(
  z.minLength(MIN_PASSWORD_LENGTH, { error: `Password must be ${MIN_PASSWORD_LENGTH} characters or more` }),
  z.maxLength(MAX_PASSWORD_LENGTH, { error: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer` }),
);

export const displayNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'Enter a name' }),
  z.maxLength(100, { error: 'Names must be 100 characters or fewer' }),
);

export const signInSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, { error: 'Enter your email address' })),
  password: z.string().check(
    z.minLength(1, { error: 'Enter your password' }),
    z.maxLength(MAX_PASSWORD_LENGTH, { error: 'Enter your password' }),
  ),
});
export type SignIn = z.infer<typeof signInSchema>;

export const userSchema = z.object({
  id: z.int(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisations: z.array(organisationSummarySchema),
  disabled: z.boolean(),
  /** False until the person has followed their set-up link and chosen a password. */
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** The signed-in person and what they may do anywhere in the portfolio. */
export const sessionSchema = z.object({ user: userSchema, allowed: z.array(actionSchema) });
export type Session = z.infer<typeof sessionSchema>;

/**
 * What `GET /api/session` answers. Nobody being signed in is an answer, not a refusal (a 401
 * would be logged by the browser as an error on every page), so a visitor gets the same shape
 * with `user: null` and what anyone may do without signing in, which is nothing today.
 */
// One object with a nullable user rather than a union of two: the same answers, and the first
// page's code need not carry zod's union.
export const currentSessionSchema = z.object({ user: z.nullable(userSchema), allowed: z.array(actionSchema) });
export type CurrentSession = z.infer<typeof currentSessionSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });

export const createUserSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  organisations: z._default(z.array(slugSchema), []),
});
export type CreateUser = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  displayName: z.optional(displayNameSchema),
  role: z.optional(roleSchema),
  organisations: z.optional(z.array(slugSchema)),
  disabled: z.optional(z.boolean()),
});
export type UpdateUser = z.input<typeof updateUserSchema>;

/** A one-time link to choose a password: for an invited person, or the very first manager. */
export const setupLinkSchema = z.object({
  url: z.string(),
  expiresAt: z.string(),
});

export const createdUserSchema = z.object({ user: userSchema, setupLink: setupLinkSchema });

export const setupDetailsSchema = z.object({
  /** Null for the first manager, who enters their own email address. */
  email: z.nullable(z.string()),
  displayName: z.nullable(z.string()),
  role: roleSchema,
  /** True when the account already has a password: the link then replaces it. */
  existingAccount: z.boolean(),
});
export type SetupDetails = z.infer<typeof setupDetailsSchema>;

export const completeSetupSchema = z.object({
  email: z.optional(emailSchema),
  displayName: z.optional(displayNameSchema),
  password: newPasswordSchema,
});
export type CompleteSetup = z.input<typeof completeSetupSchema>;

export const appConfigSchema = z.object({
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ email: z.string(), description: z.string() })),
  demoPassword: z.nullable(z.string()),
});
export type AppConfig = z.infer<typeof appConfigSchema>;
