import type { Rule } from '../lib/engine/rule.ts';
import personalAddress from './personal/address.ts';
import personalDateOfBirth from './personal/date-of-birth.ts';
import personalEmail from './personal/email.ts';
import personalLocation from './personal/location.ts';
import personalNhsNumber from './personal/nhs-number.ts';
import personalNiNumber from './personal/ni-number.ts';
import personalPhone from './personal/phone.ts';
import personalUkPostcode from './personal/uk-postcode.ts';
import personalVehicleReg from './personal/vehicle-reg.ts';
import pupilChildName from './pupil/child-name.ts';
import pupilFamilyName from './pupil/family-name.ts';
import pupilInitialsClass from './pupil/initials-class.ts';
import pupilNameTag from './pupil/name-tag.ts';
import pupilRosterName from './pupil/roster-name.ts';
import schoolKnownSchool from './school/known-school.ts';
import schoolSchoolEmail from './school/school-email.ts';
import schoolSchoolName from './school/school-name.ts';
import schoolSchoolPattern from './school/school-pattern.ts';
import schoolSchoolTag from './school/school-tag.ts';
import schoolStaffGroup from './school/staff-group.ts';
import schoolStaffIdentity from './school/staff-identity.ts';
import schoolWelshSchool from './school/welsh-school.ts';
import toneConfidential from './tone/confidential.ts';
import toneDeadpan from './tone/deadpan.ts';
import toneDiscrimination from './tone/discrimination.ts';
import toneDisparaging from './tone/disparaging.ts';
import toneGrievance from './tone/grievance.ts';
import toneInsult from './tone/insult.ts';
import toneIrony from './tone/irony.ts';
import toneOffensiveLanguage from './tone/offensive-language.ts';
import tonePrejudging from './tone/prejudging.ts';
import toneProfanity from './tone/profanity.ts';
import toneScareQuote from './tone/scare-quote.ts';
import toneShouting from './tone/shouting.ts';
import toneStaffStance from './tone/staff-stance.ts';
import toneThreat from './tone/threat.ts';
import toneVerdict from './tone/verdict.ts';

/**
 * The rule registry, sorted by id. Every rule file in rules/<category>/ must be listed here (the
 * convention test in tests/unit/conventions.test.ts fails otherwise).
 */
export const RULES: readonly Rule[] = [
  personalAddress,
  personalDateOfBirth,
  personalEmail,
  personalLocation,
  personalNhsNumber,
  personalNiNumber,
  personalPhone,
  personalUkPostcode,
  personalVehicleReg,
  pupilChildName,
  pupilFamilyName,
  pupilInitialsClass,
  pupilNameTag,
  pupilRosterName,
  schoolKnownSchool,
  schoolSchoolEmail,
  schoolSchoolName,
  schoolSchoolPattern,
  schoolSchoolTag,
  schoolStaffGroup,
  schoolStaffIdentity,
  schoolWelshSchool,
  toneConfidential,
  toneDeadpan,
  toneDiscrimination,
  toneDisparaging,
  toneGrievance,
  toneInsult,
  toneIrony,
  toneOffensiveLanguage,
  tonePrejudging,
  toneProfanity,
  toneScareQuote,
  toneShouting,
  toneStaffStance,
  toneThreat,
  toneVerdict,
];
