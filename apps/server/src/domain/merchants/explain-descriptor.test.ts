import { describe, expect, it } from 'vitest';
import { cleanMerchantName } from './clean-name.js';
import { explainDescriptor } from './explain-descriptor.js';

describe('explainDescriptor', () => {
  it.each([
    ['SQ *BLUE BOTTLE COFFEE', 'Square', 'Blue Bottle Coffee'],
    ['SQ*BLUE BOTTLE COFFEE', 'Square', 'Blue Bottle Coffee'],
    ['TST* SHAKE SHACK', 'Toast', 'Shake Shack'],
    ['AMZN MKTP US*2K4L81VW3', 'Amazon', 'Amazon Marketplace'],
    ['AMZN Mktp US', 'Amazon', 'Amazon Marketplace'],
    ['Amazon.com*RT4G71KS0', 'Amazon', 'Amazon'],
    ['AMAZON PRIME*1A2B3C4D5', 'Amazon', 'Amazon Prime'],
    ['PAYPAL *ETSY INC', 'PayPal', 'Etsy'],
    ['APL* ITUNES.COM/BILL', 'Apple', 'Apple'],
    ['APPLE.COM/BILL', 'Apple', 'Apple'],
    ['GOOGLE *YOUTUBE PREMIUM', 'Google', 'YouTube Premium'],
    ['SP * ALLBIRDS', 'Shopify', 'Allbirds'],
    ['UBER *TRIP', 'Uber', 'Uber'],
    ['UBER *EATS', 'Uber', 'Uber Eats'],
    ['LYFT *RIDE SAT 8PM', 'Lyft', 'Lyft'],
    ['DD *DOORDASH CHIPOTLE', 'DoorDash', 'Chipotle'],
    ['DD *DOORDASH DASHPASS', 'DoorDash', 'DoorDash DashPass'],
    ['IC* INSTACART', 'Instacart', 'Instacart'],
    ['IC* COSTCO BY INSTACAR', 'Instacart', 'Costco'],
    ['WPY*GOFUNDME', 'WePay', 'GoFundMe'],
    ['SQSP* INV12345678', 'Squarespace', 'Squarespace'],
    ['MSFT * E0300ABCDE', 'Microsoft', 'Microsoft'],
    ['EBAY O*12-34567-89012', 'eBay', 'eBay'],
  ])('%s is %s, merchant %s', (descriptor, processor, merchant) => {
    const explained = explainDescriptor(descriptor);
    expect(explained).toMatchObject({ processor, merchant, recognised: true });
    expect(explained.explanation).toMatch(/^This is .+\.$/);
    // One or two sentences for a customer, never a paragraph.
    expect(explained.explanation.split(/\.\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
  });

  it('explains what the prefix means in words a customer can use', () => {
    expect(explainDescriptor('SQ *BLUE BOTTLE COFFEE').explanation).toBe(
      'This is a payment to Blue Bottle Coffee. "SQ *" means it went through Square, the card reader and payment service many small businesses use.',
    );
    expect(explainDescriptor('AMZN MKTP US*2K4L81VW3').explanation).toContain(
      "The code after the * is Amazon's reference for the payment, not another company",
    );
    expect(explainDescriptor('PAYPAL *ETSY INC').explanation).toBe(
      'This is a payment to Etsy made with PayPal. "PAYPAL *" means PayPal paid the merchant using this card.',
    );
  });

  it('recognises airline tickets and shortened retailer names without a processor', () => {
    expect(explainDescriptor('DELTA AIR 0062371049855')).toEqual({
      processor: null,
      merchant: 'Delta Air Lines',
      explanation:
        'This is a Delta Air Lines ticket. The long number is the ticket number, which is also on the booking confirmation.',
      recognised: true,
    });
    expect(explainDescriptor('WHOLEFDS MKT 10234')).toMatchObject({
      processor: null,
      merchant: 'Whole Foods Market',
      recognised: true,
    });
    expect(explainDescriptor('TRADER JOE S #552').merchant).toBe("Trader Joe's");
    expect(explainDescriptor('COSTCO WHSE #0673').merchant).toBe('Costco');
  });

  it('takes an unprefixed descriptor as the merchant own name', () => {
    expect(explainDescriptor('XYZ RESTAURANT')).toEqual({
      processor: null,
      merchant: 'XYZ Restaurant',
      explanation:
        "This charge is from XYZ Restaurant, the name the business uses on card statements. If you don't recognise it, we can look into it with you.",
      recognised: false,
    });
    expect(explainDescriptor('ELECTRONICS STORE')).toMatchObject({
      merchant: 'Electronics Store',
      recognised: false,
    });
  });

  it('strips store numbers, order codes and city suffixes', () => {
    expect(explainDescriptor('SQ *BLUE BOTTLE COFFEE OAKLAND CA').merchant).toBe(
      'Blue Bottle Coffee',
    );
    expect(explainDescriptor('TST* SHAKE SHACK - NEW YORK NY').merchant).toBe('Shake Shack');
    expect(explainDescriptor("SQ *JOE'S PIZZA   BROOKLYN     NY").merchant).toBe("Joe's Pizza");
    expect(explainDescriptor('STARBUCKS STORE 09871').merchant).toBe('Starbucks');
    expect(explainDescriptor('TARGET 00014423').merchant).toBe('Target');
    expect(explainDescriptor('CVS/PHARMACY #04321').merchant).toBe('CVS Pharmacy');
    expect(explainDescriptor('THE HOME DEPOT #1502').merchant).toBe('The Home Depot');
    expect(explainDescriptor('HILTON GARDEN INN BOULDER').merchant).toBe('Hilton Garden Inn');
    expect(explainDescriptor('NETFLIX.COM').merchant).toBe('Netflix');
    expect(explainDescriptor('SPOTIFY USA').merchant).toBe('Spotify');
    expect(explainDescriptor('SQ *MOLLY TEA 415-555-0134').merchant).toBe('Molly Tea');
  });

  it('keeps words that only look like locations', () => {
    // "CO" is company here: no known city before it, so it is not taken for Colorado.
    expect(cleanMerchantName('SMITH & CO')).toBe('Smith & Co');
    // "Phoenix" is the name, not the city, when cutting it would leave only "Hotel".
    expect(cleanMerchantName('HOTEL PHOENIX')).toBe('Hotel Phoenix');
    expect(cleanMerchantName('DENVER')).toBe('Denver');
    expect(cleanMerchantName('BLUE BOTTLE COFFEE DENVER CO')).toBe('Blue Bottle Coffee');
  });

  it('says plainly when there is nothing to read', () => {
    for (const descriptor of ['', '   ', '#12345 0099']) {
      expect(explainDescriptor(descriptor)).toEqual({
        processor: null,
        merchant: '',
        explanation: 'This charge has no merchant name we can read.',
        recognised: false,
      });
    }
  });

  it('does not take prefixes that only start the same way', () => {
    expect(explainDescriptor('SPOTIFY USA').processor).toBeNull();
    expect(explainDescriptor('SQUARE ONE BAKERY').processor).toBeNull();
    expect(explainDescriptor('UBERTI GUNS').processor).toBeNull();
    expect(explainDescriptor('DDS DISCOUNTS').processor).toBeNull();
  });

  it('is case- and spacing-insensitive', () => {
    expect(explainDescriptor('  sq *blue   bottle coffee ')).toMatchObject({
      processor: 'Square',
      merchant: 'Blue Bottle Coffee',
    });
  });
});
