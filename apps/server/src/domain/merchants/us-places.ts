/** US state and territory codes, as card descriptors end with them. */
export const stateCodes: ReadonlySet<string> = new Set(
  (
    'AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH ' +
    'NJ NM NV NY OH OK OR PA PR RI SC SD TN TX UT VA VT WA WI WV WY'
  ).split(' '),
);

/**
 * Codes that are also everyday words or abbreviations in a business name ("SMITH & CO", "DINE
 * IN"), so they are only taken for a state when a known city comes right before them.
 */
export const wordLikeStateCodes: ReadonlySet<string> = new Set(
  'AL CO DE HI ID IN LA MA ME OH OK OR PA'.split(' '),
);

/**
 * Cities that often end a descriptor: the largest US cities and the home towns of big online
 * billers. A descriptor has no field separator for the city, so only a known name can be cut.
 */
export const cityNames: readonly string[] = [
  'ALBUQUERQUE',
  'ANCHORAGE',
  'ARLINGTON',
  'ATLANTA',
  'AUSTIN',
  'BALTIMORE',
  'BELLEVUE',
  'BERKELEY',
  'BOISE',
  'BOSTON',
  'BOULDER',
  'BROOKLYN',
  'CAMBRIDGE',
  'CHARLOTTE',
  'CHICAGO',
  'CINCINNATI',
  'CLEVELAND',
  'COLORADO SPRINGS',
  'COLUMBUS',
  'CUPERTINO',
  'DALLAS',
  'DENVER',
  'DETROIT',
  'EL PASO',
  'FORT WORTH',
  'FRESNO',
  'HONOLULU',
  'HOUSTON',
  'INDIANAPOLIS',
  'IRVINE',
  'JACKSONVILLE',
  'JERSEY CITY',
  'KANSAS CITY',
  'LAS VEGAS',
  'LONG BEACH',
  'LOS ANGELES',
  'LOS GATOS',
  'LOUISVILLE',
  'MEMPHIS',
  'MENLO PARK',
  'MIAMI',
  'MILWAUKEE',
  'MINNEAPOLIS',
  'MOUNTAIN VIEW',
  'NASHVILLE',
  'NEW ORLEANS',
  'NEW YORK',
  'OAKLAND',
  'OKLAHOMA CITY',
  'OMAHA',
  'ORLANDO',
  'PALO ALTO',
  'PHILADELPHIA',
  'PHOENIX',
  'PITTSBURGH',
  'PORTLAND',
  'RALEIGH',
  'REDMOND',
  'SACRAMENTO',
  'SAINT LOUIS',
  'SALT LAKE CITY',
  'SAN ANTONIO',
  'SAN DIEGO',
  'SAN FRANCISCO',
  'SAN JOSE',
  'SANTA CLARA',
  'SANTA MONICA',
  'SCOTTSDALE',
  'SEATTLE',
  'ST LOUIS',
  'SUNNYVALE',
  'TAMPA',
  'TUCSON',
  'TULSA',
  'WASHINGTON',
];
