import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideLexicons } from '../../extension/compose/lexicon-registry.ts';
import * as firstNames from '../../rules/lexicons/first-names.ts';
import * as nameShape from '../../rules/lexicons/name-shape.ts';
import * as rareNames from '../../rules/lexicons/rare-names.ts';
import * as schoolNames from '../../rules/lexicons/school-names.ts';
import staffToneModel from '../../rules/lexicons/staff-tone-model.json';
import toneModel from '../../rules/lexicons/tone-model.json';

/**
 * The compose engine's lexicons and tone models (about 0.8 MB of packed strings), in a file of their own:
 * the compose content script imports it in parallel with the engine file (extension/compose/engine-loader.ts),
 * so the two are fetched and parsed side by side. The engine's stand-ins for these modules
 * (scripts/lexicon-shim.ts) read them from the registry this fills. Keys: LEXICON_FILES.
 */
export default defineUnlistedScript(() => {
  provideLexicons({
    'first-names.ts': firstNames,
    'name-shape.ts': nameShape,
    'rare-names.ts': rareNames,
    'school-names.ts': schoolNames,
    'tone-model.json': toneModel,
    'staff-tone-model.json': staffToneModel,
  });
});
