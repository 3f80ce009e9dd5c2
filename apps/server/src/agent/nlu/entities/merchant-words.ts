const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Words that end or never begin a merchant's name in a customer's sentence: grammar, time and
 * banking vocabulary. "from checking", "with my dispute", "at 3pm" name no merchant; and without
 * these, "transfer" would match an "ONLINE TRANSFER" line on the customer's own statement.
 */
export const merchantStopWords = set(`
  i me my mine myself we us our you your it its they them their he him his she her this that
  these those there here what which who whom whose when where why how
  and or but so because since if then than as on in at from to for with by of about into onto
  out up down over under via through after before between during until off
  is are was were be been being am do does did didn't don't doesn't isn't wasn't have has had
  having make made see saw seen get got want wanted need think thought recognize recognise
  know knew charged paid bought buy spent dispute disputed report reported said says please
  thanks thank can could would should will shall may might must i'm it's that's there's i've
  i'd i'll can't won't hi hello hey ok okay yes yeah no nope not
  yesterday today tonight tomorrow ago last past next week weeks month months year years day days
  morning afternoon evening night weekend recently earlier later now
  charge charges transaction transactions purchase purchases payment payments debit credit refund
  refunds fee fees account accounts checking savings saving card cards loan mortgage balance
  statement statements transfer transfers deposit deposits withdrawal withdrawals money dispute
  disputes fraud fraudulent claim case check cheque number amount bank atm dollar dollars buck
  bucks cents order orders subscription bill bills
  twice again also too just only some any all a an the one ones other another unauthorized weird
  strange unknown same wrong double duplicate happened happening going something anything
  someone nothing everything thing stuff
  first second third fourth fifth latest recent big biggest small large huge new old
  stop stopped cancel cancelled canceled block freeze unfreeze lost stolen spend spending help
  look find show tell give send sent move pay paying like
`);

/** Words that say what kind of place it was, not which: an unmatched "the store" is no merchant. */
export const placeWords = set(`
  store shop place restaurant website site app online station gas market cafe coffee merchant
  company vendor business retailer shopping mall supermarket grocery pharmacy bar`);
