import { z } from "zod";

// Messages are keys under "errors" in messages/*.json, shown beside the field.
// No database here: the browser's forms import these schemas too.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

const name = z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" });
const password = z.string().min(1, { error: "required" }).max(200, { error: "tooLong" });
const next = z.string().max(2000).optional();

/**
 * A password someone chooses. The length is checked here, in the browser
 * too; the list of common passwords is checked on the server only
 * (domain/accounts/password-policy.ts): it is too large to send to a phone.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const NewPassword = z.string().min(MIN_PASSWORD_LENGTH, { error: "passwordShort" }).max(200, { error: "tooLong" });

export const SignInForm = z.object({ email, password, next });
export type SignInForm = z.infer<typeof SignInForm>;

/** The second step of a sign-in: a 6-digit code from the app, or a recovery code. */
export const SecondFactorForm = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(40, { error: "tooLong" })
    .regex(/^(\d{3} ?\d{3}|[A-Za-z0-9]{5}[- ]?[A-Za-z0-9]{5})$/, { error: "secondFactorCodeFormat" }),
  next,
});
export type SecondFactorForm = z.infer<typeof SecondFactorForm>;

/** Residents sign up with a name and an address; the password is chosen through the link sent there. */
export const SignUpForm = z.object({ name, email });
export type SignUpForm = z.infer<typeof SignUpForm>;

export const ForgotPasswordForm = z.object({ email });
export type ForgotPasswordForm = z.infer<typeof ForgotPasswordForm>;

export const SetPasswordForm = z
  .object({ password: NewPassword, confirmPassword: z.string().min(1, { error: "required" }) })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
export type SetPasswordForm = z.infer<typeof SetPasswordForm>;

/** The same, sent from a password link's page, which carries the link's token. */
export const SetPasswordLinkForm = z
  .object({ token: z.string().max(100), password: NewPassword, confirmPassword: z.string().min(1, { error: "required" }) })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
export type SetPasswordLinkForm = z.infer<typeof SetPasswordLinkForm>;

export const ChangePasswordForm = z
  .object({ currentPassword: password, newPassword: NewPassword, confirmPassword: z.string().min(1, { error: "required" }) })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
export type ChangePasswordForm = z.infer<typeof ChangePasswordForm>;

/** A code from the authenticator app: confirms enrolment, or asks for new recovery codes. */
export const TotpCodeForm = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .regex(/^\d{3} ?\d{3}$/, { error: "totpCode" }),
});
export type TotpCodeForm = z.infer<typeof TotpCodeForm>;

/** The one code form of the second-factor page: confirm the set-up, or ask for new recovery codes. */
export const SecondFactorCodesForm = TotpCodeForm.extend({ step: z.enum(["confirm", "renew"]) });
export type SecondFactorCodesForm = z.infer<typeof SecondFactorCodesForm>;

export const staffRoles = ["officer", "moderator", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

const badgeNumber = z
  .string()
  .trim()
  .regex(/^(\d{6})?$/, { error: "badge" })
  .optional()
  .transform((v) => v || null);

const staffFields = {
  name,
  role: z.enum(staffRoles, { error: "chooseRole" }),
  // The officer record of the directory this account belongs to; it sets the account's unit.
  badgeNumber,
};
const officerNeedsBadge = (v: { role: StaffRole; badgeNumber: string | null }) => v.role !== "officer" || v.badgeNumber !== null;

export const CreateStaffAccountForm = z
  .object({ ...staffFields, email })
  .refine(officerNeedsBadge, { path: ["badgeNumber"], error: "officerNeedsBadge" });
export type CreateStaffAccountForm = z.input<typeof CreateStaffAccountForm>;

export const UpdateStaffAccountForm = z
  .object({ ...staffFields, userId: z.coerce.number().int().positive() })
  .refine(officerNeedsBadge, { path: ["badgeNumber"], error: "officerNeedsBadge" });
export type UpdateStaffAccountForm = z.input<typeof UpdateStaffAccountForm>;

export const UserIdInput = z.object({ userId: z.coerce.number().int().positive() });
export type UserIdInput = z.input<typeof UserIdInput>;

export const SetUserDisabledInput = z.object({
  userId: z.coerce.number().int().positive(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserDisabledInput = z.input<typeof SetUserDisabledInput>;

export const SecuritySettingsForm = z.object({
  // An unticked checkbox sends nothing.
  officersNeedSecondFactor: z
    .enum(["on", "true"])
    .optional()
    .transform((v) => v !== undefined),
});
export type SecuritySettingsForm = z.input<typeof SecuritySettingsForm>;
