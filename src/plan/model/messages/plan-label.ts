/** How messages name a plan (plan-label.ts). */

/** `"Accountplan Zorggroep Lindenhof" van Sanne de Wit`; `account` is shown when the name does not say it. */
export const planLabelText = (name: string, account: string, author: string) => `"${name}"${account ? ` (${account})` : ''}${author ? ` van ${author}` : ''}`;
/** The name of a copy of someone else's plan: "Accountplan Lindenhof van Sanne de Wit". */
export const nameWithAuthor = (name: string, author: string) => `${name} van ${author}`;
