"use client";

import { startTransition, useActionState, useEffect, useMemo, useState, type FormEvent } from "react";
import { useForm, type FieldErrors } from "react-hook-form";

import type { FormState } from "@/lib/errors";

import { formDataResolver, type SchemaSource } from "./form-data-resolver";
import { errorSummaryItems, useErrorText } from "./use-error-text";

/** Field → message key under "errors". */
type ErrorKeys = Record<string, string>;

const asFieldErrors = (keys: ErrorKeys): FieldErrors =>
  Object.fromEntries(Object.entries(keys).map(([name, message]) => [name, { type: "server", message }]));

const asKeys = (errors: FieldErrors): ErrorKeys =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) => (typeof error?.message === "string" ? [[name, error.message]] : [])),
  );

type Options<State extends FormState> = {
  /** The schema the server action parses the form with, or its loader (see SchemaSource). */
  schema: SchemaSource;
  /** The server action: the form posts to it without JavaScript, and is sent to it with. */
  action: (state: State, formData: FormData) => Promise<State>;
  initialState?: State;
  /** Checks only the browser can make before sending, given the form: field → message key. */
  check?: (form: HTMLFormElement) => ErrorKeys;
  /** After a successful save, show the page's values again (an empty form for the next entry). */
  clearOnDone?: boolean;
};

/**
 * A form checked in the browser by react-hook-form with the server's own zod
 * schema, that still posts to its server action without JavaScript.
 *
 * Without JavaScript the <form action> posts and the server's FormState comes
 * back with the errors and what was typed. With JavaScript the form is
 * checked on submit, then each field again as it changes; a valid form is
 * sent to the same server action with its FormData, and the server's errors
 * (limits, files, an unknown place) show in the same places.
 */
export function useZodForm<State extends FormState>({ schema, action, initialState, check, clearOnDone = false }: Options<State>) {
  // The form element, for the check to read its fields (set once it is in the page).
  const [element, setElement] = useState<HTMLFormElement | null>(null);
  const empty: FormState = { fieldErrors: {}, values: {} };
  const [state, dispatch, pending] = useActionState<State, FormData>(action, (initialState ?? empty) as Awaited<State>);
  // A new object only with a new answer: react-hook-form shows the server's errors until a field is checked again.
  const serverErrors = useMemo(() => asFieldErrors(state.fieldErrors), [state]);
  const form = useForm({
    resolver: formDataResolver(schema, () => new FormData(element ?? undefined), check && (() => (element ? check(element) : {}))),
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
    errors: serverErrors,
  });
  const { errors, submitCount } = form.formState;

  // Each answer of the server is counted, with the submission it answers. React-hook-form takes
  // the answer's errors in an effect, a render later (its form state is then a new object): until
  // then they are shown straight from the answer, so the summary has them when it takes focus.
  const [answer, setAnswer] = useState({ state, count: 0, submitCount, formStateBefore: null as object | null });
  if (answer.state !== state) setAnswer({ state, count: answer.count + 1, submitCount, formStateBefore: form.formState });
  useEffect(() => {
    if (clearOnDone && state.done) form.reset();
  }, [state, clearOnDone, form]);

  const fieldErrors = form.formState === answer.formStateBefore ? state.fieldErrors : asKeys(errors);
  // The form's own error belongs to its answer; a newer attempt in the browser replaces it.
  const formError = submitCount === answer.submitCount ? state.formError : undefined;
  const errorText = useErrorText(state.errorTexts);

  const error = (name: string) => errorText(fieldErrors[name]);
  // `deps` are fields checked again with this one: a rule that spans both ("a phone or an e-mail").
  const register = (name: string, deps?: string[]) => form.register(name, deps ? { deps } : undefined);

  // A schema to load is asked for as soon as the form is used, so it is there by the time the form is sent.
  const preload = typeof schema === "function" ? () => void schema().catch(() => undefined) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const send = () => startTransition(() => dispatch(formData));
    // A button marked formNoValidate (a preview) sends without the check, as it does without JavaScript.
    if (submitter instanceof HTMLButtonElement && submitter.formNoValidate) {
      event.preventDefault();
      send();
      return;
    }
    void form.handleSubmit(send)(event);
  }

  return {
    state,
    /** True while the server action runs. */
    pending,
    /** Spread on the <form>. */
    formProps: { ref: setElement, action: dispatch, onSubmit, onFocus: preload, noValidate: true },
    /** A field's props for react-hook-form; `deps` are fields checked again with it (a rule that spans both). */
    register,
    /** A field's error, in the user's language. */
    error,
    /** What a <Field> needs: its name, its error and react-hook-form's props. */
    field: (name: string, deps?: string[]) => ({ name, error: error(name), register: register(name, deps) }),
    /** The error summary's lines: the form's own error first, then each field by its label, in the order of `labels` (the page's). */
    summary: (labels: Record<string, string>) => {
      const order = Object.keys(labels);
      const place = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
      const inPageOrder = Object.fromEntries(Object.entries(fieldErrors).sort(([a], [b]) => place(a) - place(b)));
      return errorSummaryItems(
        { fieldErrors: inPageOrder, formError, errorParams: state.errorParams },
        (field) => labels[field] ?? field,
        errorText,
      );
    },
    /** Changes with each attempt (in the browser or answered by the server): the summary takes focus then. */
    attempt: `${submitCount}.${answer.count}`,
  };
}
