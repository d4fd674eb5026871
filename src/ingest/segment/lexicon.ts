// Word lists. Kept small and news-oriented; each list says why it exists.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(" ").filter((w) => w.length > 0));
}

/**
 * Abbreviations that are always followed by more of the same sentence
 * (titles before a name, "e.g."-style connectors). Matched on the exact form.
 */
export const NEVER_FINAL = set(
  "Mr Mrs Ms Mx Messrs Mmes Mme Mlle Msgr Prof Sen Sens Rep Reps Gov Gen Lt Col Capt Cmdr Cdr " +
    "Sgt Cpl Pvt Maj Adm Brig Rev Hon Pres Supt Insp Det Fr Mt Ft Pt Gov't Atty Amb Rt " +
    "MR MRS MS DR PROF e.g i.e E.g I.e cf Cf vs Vs viz",
);

/** Same idea, matched case-insensitively (sloppy capitalisation of unambiguous forms). */
export const NEVER_FINAL_CI = set("mr mrs messrs prof e.g i.e vs viz");

/**
 * Abbreviations that usually sit mid-sentence but may also end one; they end a
 * sentence only before a typical sentence opener. Matched case-insensitively,
 * so only forms that are not ordinary English words belong here.
 */
export const ABBREV_CI = set(
  "inc ltd co corp llc plc bros jr sr etc al dept depts govt approx " +
    "jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri " +
    "st ave blvd rd hwy dr esq ph univ assn intl natl nos nr pp ca ibid hrs yrs " +
    "oz lb lbs sq tel ext n° nº mfg mgr asst assoc",
);

/** Abbreviations that are also English words, so only their capitalised form counts. */
export const ABBREV_CS = set(
  "No Art Fig Figs Vol Vols Ch Sec Mar Sat Wed Min Ed Eds Est Op Ref Dist Div Para " +
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss " +
    "Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Hts Ln Pl Sq Ter",
);

/**
 * Capitalised words that typically open a sentence. After an abbreviation, a
 * following capitalised word is usually a name ("U.S. Government", "Dr. Smith");
 * only these openers signal that the abbreviation also ended the sentence.
 */
export const SENTENCE_OPENERS = set(
  "A An The This That These Those There Here It Its He She They We I You His Her Their Our My Your " +
    "Mr Mrs Ms Dr Prof " +
    "But And Or So Yet Nor If When While Where What Why How Who Whom Whose Which " +
    "As After Before Since Although Though Because However Meanwhile Moreover Furthermore Still " +
    "Then Now Thus Therefore Instead Indeed Also Later Earlier Finally Nevertheless Otherwise " +
    "In On At For From With By Of To During Despite Under Over Without Within Among " +
    "Some Many Most All No Not None Each Every Both Such Several Few Other Another Any " +
    "Is Are Was Were Do Does Did Can Could Will Would Should Shall Might Must Has Have Had " +
    "Let Please Yes Yet Today Yesterday Tomorrow Last Next",
);

/** Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith left"). */
export const TIME_PREPOSITIONS = set(
  "At By Around About Before After Until Till Since From Shortly Just Only Early Late",
);

/** Lower-case words a hard-wrapped line can end on but a heading or list item rarely does. */
export const CONNECTORS = set(
  "and or but nor the a an of to in on at by for from with that as than into onto upon " +
    "its their his her our your my this these those which who whose whom is are was were be " +
    "been has have had will would could should can may might must not very also about after " +
    "before between over under while when where if because although though",
);

/** Verbs of a speech attribution after a quote: `“Stop!” Smith said.` stays one sentence. */
export const SPEECH_VERBS = set(
  "said says told tells asked asks added adds wrote writes replied replies explained explains " +
    "stated states noted notes continued yelled shouted cried declared declares insisted insists " +
    "warned warns argued argues recalled recalls agreed answered whispered tweeted posted " +
    "announced announces concluded concludes acknowledged admitted urged suggested",
);
