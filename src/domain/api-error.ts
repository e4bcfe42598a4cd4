import * as z from 'zod/mini';

/** Every error the API sends has this shape, so the app can show field-level messages. */
export const apiErrorSchema = z.object({
  error: z.object({
    status: z.int(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
