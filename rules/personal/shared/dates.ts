/**
 * Date shapes people type, as regex source to be anchored by callers. Bounded repeats only.
 */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

/** "3/4/1985", "03.04.85", "12th March 1990", "the 3rd of April", "March 12th, 1990", "12 Mar". */
export const DATE_SRC = [
  `(?:[12]\\d|3[01]|0?[1-9])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](?:(?:19|20)\\d{2}|\\d{2})`,
  `(?:19|20)\\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\\d|3[01]|0[1-9])`,
  `(?:the\\s)?${DAY}(?:\\sof)?\\s${MONTH}(?:,?\\s${YEAR})?`,
  `${MONTH}\\s(?:the\\s)?${DAY}(?:,?\\s${YEAR})?`,
].join('|');

export const YEAR_SRC = '(?:19|20)\\d{2}';
