/** Real cities with matching ZIPs, so generated addresses and jurisdictions agree. */
export interface Place {
  city: string;
  region: string;
  postalCode: string;
  street: string;
  areaCode: string;
}

export const places: readonly Place[] = [
  { city: 'Denver', region: 'CO', postalCode: '80202', street: 'Larimer St', areaCode: '303' },
  { city: 'Austin', region: 'TX', postalCode: '78701', street: 'Congress Ave', areaCode: '512' },
  { city: 'Seattle', region: 'WA', postalCode: '98101', street: 'Pine St', areaCode: '206' },
  { city: 'Chicago', region: 'IL', postalCode: '60614', street: 'N Clark St', areaCode: '312' },
  {
    city: 'Atlanta',
    region: 'GA',
    postalCode: '30303',
    street: 'Peachtree St NE',
    areaCode: '404',
  },
  { city: 'Phoenix', region: 'AZ', postalCode: '85004', street: 'N Central Ave', areaCode: '602' },
  { city: 'Boston', region: 'MA', postalCode: '02108', street: 'Beacon St', areaCode: '617' },
  { city: 'Columbus', region: 'OH', postalCode: '43215', street: 'N High St', areaCode: '614' },
  { city: 'Nashville', region: 'TN', postalCode: '37203', street: 'Broadway', areaCode: '615' },
  {
    city: 'Portland',
    region: 'OR',
    postalCode: '97204',
    street: 'SW Morrison St',
    areaCode: '503',
  },
];
