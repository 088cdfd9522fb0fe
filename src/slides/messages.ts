/** The words of the slide downloads (src/slides/): their file names. */

/** "presentatie-zorggroep-lindenhof-klant-2027-04-02" (the account part is left out when empty). */
export const deckFileStem = (account: string, forCustomer: boolean, date: string) =>
  ['presentatie', account, forCustomer ? 'klant' : '', date].filter(Boolean).join('-');
