import * as z from 'zod';

/** Every error the API sends has this shape, so the app can show field-level messages. */
export const apiErrorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
