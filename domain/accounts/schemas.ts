import { z } from "zod";

// Messages are keys under "errors" in messages/*.json, shown beside the field.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .pipe(z.email({ error: "email" }));

export const SignInForm = z.object({
  email,
  password: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
});
export type SignInForm = z.infer<typeof SignInForm>;

export const SignUpForm = z
  .object({
    name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
    email,
    password: z.string().min(10, { error: "passwordShort" }).max(200, { error: "tooLong" }),
    confirmPassword: z.string().min(1, { error: "required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
export type SignUpForm = z.infer<typeof SignUpForm>;

export const UserIdInput = z.object({ userId: z.coerce.number().int().positive() });
export type UserIdInput = z.infer<typeof UserIdInput>;
