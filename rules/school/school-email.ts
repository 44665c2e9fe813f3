import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

/** An email address or web address on a school domain: maintained schools in England and Wales use ".sch.uk". */
const SCH_UK = /(?<![\p{L}\p{N}._%+-])(?:[\p{L}\p{N}._%+-]+@)?(?:https?:\/\/)?(?:[a-z0-9-]+\.)+sch\.uk(?![a-z0-9-])(?:\/[^\s]*)?/giu;
/** Every match holds "sch.uk" (same flags): a literal scan first, so most posts never run the address pattern. */
const SCH_UK_HINT = /sch\.uk/iu;

/**
 * School email and web addresses ("office@greenbank.sch.uk", "www.oakfield.kent.sch.uk"): the domain names the
 * school. The configured school's own domain is school/school-name's; this finds any school's.
 */
export default defineRule({
  meta: {
    id: 'school/school-email',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Email and web addresses on a school domain (…sch.uk), which name the school.',
  },
  create() {
    return (doc) => {
      const hits: Hit[] = [];
      if (!SCH_UK_HINT.test(doc.text)) return hits;
      SCH_UK.lastIndex = 0;
      for (let m = SCH_UK.exec(doc.text); m; m = SCH_UK.exec(doc.text)) {
        hits.push({ start: m.index, end: m.index + m[0].length, reason: 'This address is on a school domain (sch.uk), so it names the school.' });
      }
      return hits;
    };
  },
});
