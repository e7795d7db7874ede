// Types of the generated standalone validator beside this file (scripts/gen-validators.mjs).
import type { ErrorObject } from 'ajv';

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
