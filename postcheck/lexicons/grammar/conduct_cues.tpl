# Cues for professional conduct read in pairs (format of the built lexicon: postcheck/patterns.py).
# Written for postcheck. Each line is one half of a pair that postcheck/detectors/conduct.py
# combines when both halves occur in the same sentence, in any order (PAIRS there): a remedy
# and a cure claim, a vaccine and "natural immunity is enough", a sedation and a convenience
# purpose, leisure and patients left waiting, an aesthetic act and an offer, a category of
# patients and a bad-faith or blaming remark. One half alone is never reported.
# Build: python3 postcheck/lexicons/grammar/build.py (blocks in blocks.txt).
#
cue ; fam=remedy ; REMEDY_C
cue ; fam=cure ; CURE
cue ; fam=vaccine ; VACCINE | vaccin\p{L}{0,6} | (?:faire\s+)?vacciner
cue ; fam=natural ; NATURAL\s+(?:\p{L}+\s+){0,2}?(?:suffi(?:t|sent|ra|ront|rait)|protege(?:nt|ra)?\s+(?:de\s+tout|mieux|largement|bien\s+mieux|suffisamment|naturellement)|vau(?:t|lent)\s+(?:tous\s+les|mieux\s+que))
#
cue ; fam=sedate ; (?:je|j'|on|nous|tu|t')\s*(?:(?:leur|lui|les|la|le|l'|en|y)\s*){0,2}(?:(?:ai|a|as|avons)\s+)?(?:ADV){0,2}(?:un\s+peu\s+|toujours\s+|vite\s+)?(?:augment|doubl|tripl|rajout|forc|charg|gonfl|fil|donn|refil|balanc|coll|mets|met|mettons|mis|shoot|assomm|ensuqu|sed)\p{L}{0,4}\s+(?:[\p{L}-]+\s+|l'|d'|\d+\s+){0,4}?DRUGS_C | (?:un\s+peu\s+plus|une\s+dose\s+de\s+plus|double\s+dose|triple\s+dose|du\s+rab|rab)\s+(?:de|d')\s*(?:[\p{L}-]+\s+)?DRUGS_C | (?:quelques|\d+|une?|deux|trois|dix|vingt)\s+(?:gouttes?|comprimes?|cachets?|doses?|ampoules?|cuillerees?)\s+(?:de|d')\s*DRUGS_C\s+(?:en\s+plus|de\s+plus|supplementaires?|en\s+rab|en\s+douce)
cue ; fam=conv ; CONV | pour\s+(?:dormir|pioncer|roupiller|etre|rester|avoir|passer\s+une\s+nuit|finir\s+la\s+nuit)\s+(?:\p{L}+\s+)?(?:tranquilles?|peinards?|pepouzes?|pepere|la\s+paix|au\s+calme|calme) | pour\s+(?:qu'on|que\s+je|que\s+nous|que\s+l'equipe)\s+(?:\p{L}+\s+){0,2}?(?:dorme|dormions|puisse\s+dormir|soit|soyons)\s+(?:tranquilles?|peinards?) | (?:et\s+|comme\s+ca\s+)?(?:on|je|nous)\s+(?:dort|dors|dormons|est|suis|sommes|passe|passons)\s+(?:\p{L}+\s+){0,2}?(?:tranquilles?|peinards?|pepouzes?|pepere|une\s+nuit\s+(?:calme|tranquille)) | chut | ni\s+vu\s+ni\s+connu | personne\s+ne\s+(?:verra|saura|s'en\s+rendra)
#
cue ; fam=leisure ; chore\p{L}{0,7} | danse\p{L}{0,3} | dansons | tiktok | trend | apero | playback | karaoke | belote | tarot | netflix | sieste | bataille\s+(?:d'eau|de\s+\p{L}+) | jeux?\s+(?:video|de\s+(?:cartes|societe|\p{L}+)) | partie\s+de\s+\p{L}+ | (?:on|je)\s+(?:joue|jouons|regarde|matte|mate)\s+(?:\p{L}+\s+)?(?:match|film|series?|cartes|uno|switch|console) | selfies? | shooting | blind\s+test | boum | fiesta | (?:on|je)\s+(?:s'eclate|m'eclate|chill|rigole|se\s+marre|s'en\s+fout|m'en\s+fous)
cue ; fam=waiting ; (?:pendant|alors|tandis)\s+(?:que|qu')\s*(?:la|les|le|l'|des|nos|\d+)?\s*(?:\p{L}+\s+){0,2}?(?:salle\s+d'attente|patients?|malades?|sonnettes?|brancards?|residents?|urgences|box|familles?)\s+(?:\p{L}+\s+){0,2}?(?:deborde\p{L}{0,2}|attend\p{L}{0,3}|sonne\p{L}{0,2}|s'entasse\p{L}{0,2}|s'accumule\p{L}{0,2}|est\s+(?:pleine|blindee|bondee)|explose\p{L}{0,2}|hurle\p{L}{0,2}|crie\p{L}{0,2}|poireaute\p{L}{0,2}|patiente\p{L}{0,2}|croule\p{L}{0,2})
#
cue ; fam=aesthetic ; AESTHETIC | injections?\s+(?:de\s+|d')?(?:botox|acide\s+hyaluronique|ozempic)
cue ; fam=offer ; (?:je|j'|on|nous)\s*(?:vous\s+|te\s+)?(?:propose|proposons|vends|vend|vendons|fais|faisons|realise|realisons|pratique|pratiquons|injecte|injectons|pose|posons)\b | sans\s+(?:prescription|ordonnance|consultation|avis\s+medical|passer\s+par\s+(?:un|le|votre|ton)\s+(?:medecin|docteur|dermato\p{L}*)) | \d+\s*(?:€|euros?)\s+(?:la|le|l'|par|les)\s*(?:zone|seance|injection|seringue|ml|flacon|stylo|cure|dose|perf\p{L}{0,6})
#
cue ; fam=catpat ; CATPAT
cue ; fam=badfaith ; (?:c'est|c\s+est|ils\s+le|elles\s+le|le)\s+(?:\p{L}+\s+)?(?:fait|font)\s+expres | (?:font|fait)\s+expres\s+(?:de|d'|pour)(?!\s*(?:nous\s+|me\s+|m'|vous\s+)?(?:faire\s+)?(?:rire|sourire|plaisir|marrer|taquiner)) | (?:ont|avaient|n'ont|n'avaient)\s+qu'a\s+(?:pas|ne\s+pas|arreter|moins|maigrir|se\s+bouger|manger\s+moins|bouffer\s+moins) | bien\s+fait\s+pour\s+(?:eux|elles|leur\s+gueule) | fermer\s+(?:la|leur)\s+(?:bouche|gueule|clapet)\s+(?:\p{L}+\s+){0,2}?(?:manger|bouffer|table|frigo)|(?:faudrait|faut|faudra)\s+(?:\p{L}+\s+){0,2}?(?:fermer\s+la\s+bouche|arreter\s+de\s+(?:bouffer|manger|se\s+goinfrer)|manger\s+moins|bouffer\s+moins) | vien(?:nent|t)\s+(?:chialer|pleurnicher|geindre|chouiner|pleurer\s+(?:pour|parce\s+qu\p{L}*)\s+(?!(?:leur|leurs|sa|son|ses)\s+(?:maman|papa|mere|pere|proches?|enfants?|mari|femme|epou\p{L}+|fils|fille|bebe|famille))(?:un|une|rien|des|\d+|leurs?|sa|son|ses|le|la|les))
