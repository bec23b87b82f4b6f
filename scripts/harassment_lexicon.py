"""Builds postcheck/lexicons/harassment.txt from scripts/harassment_lexicon.tpl.

The harassment constructions share long word families (call markers, violence verbs,
frequencies...). They are written once here as named blocks; `{NAME}` in the template is
replaced by the block, and the alternatives of every group are grouped by first letter, because `re`
tries every alternative of a group at every word start (this keeps the scan ~4x cheaper than
listing them flat). Edit the template or the blocks, then run:

    python3 scripts/harassment_lexicon.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "scripts" / "harassment_lexicon.tpl"
OUTPUT = ROOT / "postcheck" / "lexicons" / "harassment.txt"
B = {}
# --- shared blocks -------------------------------------------------------------------------
B["MARK"] = (r"(?:allez|allons|go|venez|faut|il\s+faut|faudrait|il\s+faudrait|on\s+doit|on\s+devrait|"
             r"vous\s+devez|vous\s+pouvez|on\s+peut|on\s+va|on\s+part\s+(?:pour|a)|n'hesitez\s+pas\s+a|"
             r"qui\s+est\s+(?:chaud|chaude|partant|partante|dispo|motive|motivee|pret|prete)s?\s+(?:pour|a)|"
             r"qui\s+veut|qui\s+m'aide\s+a|aidez-moi\s+a|a\s+vos\s+claviers(?:\s+pour|\s*[,:!])?|"
             r"tout\s+le\s+monde|tt\s+le\s+monde|tout\s+l'monde|tlm|vous\s+tous|tous\s+ensemble|chacun|"
             r"un\s+max\s+de\s+(?:monde|gens|personnes))")
B["MARK_ON"] = r"(?:{MARK}|on|nous|on\s+va|nous\s+allons|j'invite\s+tout\s+le\s+monde\s+a)"
B["FILL"] = (r"(?:\s+(?:tous|toutes|donc|vite|aussi|bien|svp|stp|ensemble|en\s+masse|doit|va|vont|"
             r"peut|que\s+(?:tout\s+le\s+monde|tlm|vous|chacun)|se\s+met\s+a|s'y\s+met|,)){0,2}")
B["CL"] = r"(?:la|le|les|lui|leur|l')"
B["NOTINST"] = (r"(?!(?:l'|le\s+|la\s+|les\s+|nos\s+|vos\s+|votre\s+|notre\s+|son\s+|sa\s+|ses\s+|leurs?\s+)?"
                r"(?:ars|ministere|ministre|gouvernement|deputes?|senateurs?|elus?|prefecture|prefet|"
                r"mairie|maire|administration|direction|cpam|secu|mutuelle|syndicat|assurance|"
                r"reseaux|boites?\s+mail\s+des)\b)")
B["WITH"] = (r"(?:\s+(?:de|d')\s*(?:messages?|mails?|e-mails?|appels?|coups\s+de\s+(?:fil|telephone)|sms|"
             r"textos?|commentaires?|dm|mp|insultes?|menaces?|questions?|notifications?|tags?))?")
B["DET"] = (r"(?:(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|la|le|les|mme|mr|m|dr|docteur|madame|monsieur|"
            r"mlle|notre|votre)\s+|l'\s*|[@#])")
B["OBJ"] = (r"{WITH}(?:\s+{DET}{NOTINST}[\p{L}\d@]|\s+a\s+{DET}{NOTINST}[\p{L}\d@]|"
            r"\s+(?:au|aux)\s+{NOTINST}\p{L})[\w@.-]*")
# hostile acts whose object is a person: a call to do them is harassment on its own
B["HOST"] = (r"(?:harcel|harcell|spamm?|inond|noi|noy|bombard|satur|insult|traqu|lynch|clash|humili|"
             r"pourchass|assaill|mitraill|submerg|pourri|ridiculis)")
# acts also said of things ("défoncer la machine"): with a clitic object only
B["HOSTC"] = (r"(?:defonc|descend|allum|ecras|enfonc|detrui|demoli|afich|affich|expos|lach|"
              r"tomb\p{L}{0,3}\s+dessus|rentr\p{L}{0,3}\s+dedans)")
B["HOST_IMP"] = r"(?:{HOST}(?:ez|ons)|pourrissez|pourrissons|detruisez|detruisons|demolissez)"
B["HOST_ANY"] = r"(?:{HOST}\p{L}{0,5})"
# neutral acts (calling, writing): harassment when done in a flood
B["NEUT"] = (r"(?:appel|appell|telephon|ecri|envo|relanc|contact|mail|sonn|dm|mp|interpell|sollicit|"
             r"notifi|tagu|tagg|identifi|mentionn|comment|repond|textot|bip)")
B["NEUT_IMP"] = r"(?:{NEUT}(?:ez|ons)|ecrivez|ecrivons|repondez)"
B["NEUT_ANY"] = r"(?:{NEUT}\p{L}{0,5})"
B["INT"] = (r"(?:jour\s+et\s+nuit|nuit\s+et\s+jour|h24|24\s*h?\s*/\s*24|en\s+boucle|sans\s+arret|"
            r"sans\s+relache|non[-\s]?stop|a\s+toute\s+heure|toutes\s+les\s+(?:\d+\s*(?:min|minutes|mn)|"
            r"cinq\s+minutes|dix\s+minutes|deux\s+minutes)|en\s+masse|massivement|"
            r"par\s+(?:dizaines|centaines|milliers)|(?:des|de)\s+(?:dizaines|centaines|milliers)\s+de\s+fois|"
            r"a\s+tour\s+de\s+role|chacun\s+(?:son|a\s+son)\s+tour|(?:100|cent|mille|50)\s+fois\s+par\s+jour|"
            r"jusqu'a\s+ce\s+qu(?:e|')\s*(?:il|elle|ils|elles)\s+(?:craque|cede|demissionne|pete|supprime|s'excuse|"
            r"pleure|chiale|plie|parte|change))")
B["FREQ"] = (r"(?:chaque\s+(?:jour|semaine|matin|soir|nuit|garde|heure|mois|lundi|mardi|mercredi|jeudi|"
             r"vendredi|samedi|dimanche|week-end|fois\s+qu|jour\s+ou|fois\s+que|occasion)|tous\s+les\s+"
             r"(?:jours|soirs|matins|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|week-ends|"
             r"mois|\d+\s+jours|deux\s+jours)|toutes\s+les\s+(?:semaines|nuits|gardes|heures|\d+\s+heures)|"
             r"une?\s+(?:\p{L}+\s+)?par\s+(?:jour|semaine|nuit|garde|heure|mois)|jour\s+apres\s+jour|"
             r"semaine\s+apres\s+semaine|quotidiennement|chaque\s+jour\s+que\s+dieu\s+fait|h24|"
             r"sans\s+relache|a\s+chaque\s+(?:garde|fois|occasion|connexion|retard|erreur))")
# what one exposes again and again
B["PUB"] = (r"(?:re)?(?:publi|post|affich|balanc|partag|diffus|expos|etal|ressort|rediffus|denonc|"
            r"ridiculis|humili|harcel|spamm?|pourri|tagu|tagg|epingl|relai|relay|screen|ressort)\p{L}{0,6}")
B["POSSOBJ"] = (r"(?:(?:(?:tous\s+|toutes\s+)?(?:tes|ses|ton|ta|son|sa|leurs?|vos|votre)\s|une?\s+(?:autre\s+)?"
                r"(?:de\s+|d')(?:tes|ses|leurs|vos)\s|(?:la|le|les|l')\s*\p{L}+\s+(?:de|d'|du)\s*"
                r"(?:mme|m|mr|dr|madame|monsieur|@|la\s|le\s|cette\s|ce\s|l'))\s*[\w@]+)")
B["SUBJ1"] = r"(?:je|j'|on|nous)\s*(?:vais\s+|va\s+|allons\s+|compte\s+|veux\s+|continuerai\s+a\s+|continuerons\s+a\s+)?"
B["CAPIT"] = (r"(?:craque|craques|craquent|demissionne|demissionnes|demissionnent|s'excuse|t'excuses|"
              r"s'excusent|vous\s+excusiez|supprime\s+(?:son|ton|sa|ta|leur|ses|tes)\s+\p{L}+|"
              r"supprimes\s+(?:ton|ta|tes)\s+\p{L}+|se\s+taise|te\s+taises|se\s+taisent|"
              r"quitte\s+(?:le|la|l'|ce|cette|son|sa)\s+\p{L}+|quittes\s+\p{L}+|plie|plient|"
              r"rende\s+(?:sa|son|ta|ton)\s+(?:blouse|tablier|badge|demission|diplome)|"
              r"demande\s+(?:sa|son|une|un)\s+(?:mutation|transfert|changement|arret)|"
              r"(?:soit|sois|soient)\s+(?:vire|radie|mute|licencie|suspendu|degage|parti|chasse|"
              r"renvoye|sanctionne|interdit)e?s?|(?:te|la|le|les|l')\s*(?:radie|vire|mute|suspende|licencie|"
              r"renvoie|chasse)|chiale|chialent|pleure|pleures|pleurent|pete\s+un\s+(?:plomb|cable)|"
              r"s'effondre|s'en\s+aille|t'en\s+ailles|s'en\s+aillent|disparaisse|disparaisses|"
              r"disparaissent|ferme\s+(?:son|sa|ses|ta|ton)\s+\p{L}+|change\s+de\s+(?:service|ville|metier|boulot)|"
              r"(?:(?:il|elle|ils|elles|tu|t'|vous|@[\w]+)\s*(?:cede|cedes|cedent|cediez|parte|partes|partent|"
              r"partiez|degage|degages|degagent|lache|laches|lachent|abandonne|abandonnes|renonce|"
              r"se\s+casse|te\s+casses|se\s+cassent)))")
# figurative violence: "on la noie sous les messages" is a flood, not a threat
B["NOTFIG"] = r"(?!\s+(?:sous|de\s+(?:messages|mails|appels|commentaires|questions|sms|boulot|travail)))"
# violence done to someone
B["VIOL"] = (r"(?:tuer|buter|butter|crever|etouffer|egorger|etrangler|poignarder|frapper|cogner|defoncer|"
             r"demolir|eclater|massacrer|bruler|noyer|pendre|saigner|tabasser|lyncher|fracasser|defigurer|"
             r"abattre|flinguer|assassiner|dezinguer|eventrer|decapiter|torturer|violer|gifler|baffer|"
             r"etriper|trucider|cramer|gazer|fusiller|executer|mutiler|empoisonner|suriner|dessouder|"
             r"lapider|castrer|buter|planter|fumer|retrouver\s+et|"
             r"faire\s+(?:la\s+peau|payer|regretter|souffrir|du\s+mal|mal|bouffer\s+\p{L}+|avaler\s+\p{L}+|"
             r"sa\s+fete|ta\s+fete|leur\s+fete|la\s+misere|vivre\s+un\s+enfer|passer\s+un\s+sale\s+quart\s+"
             r"d'heure|passer\s+l'envie|passer\s+le\s+gout)|regler\s+(?:son|ton|leur|votre)\s+compte|"
             r"tirer\s+dessus|mettre\s+(?:une\s+balle|un\s+coup|une\s+raclee|une\s+beigne|une\s+droite|"
             r"une\s+tarte|une\s+patate|un\s+pain)|(?:en\s+)?(?:coller|mettre|foutre)\s+une|"
             r"(?:casser|peter|exploser|defoncer|eclater|refaire|arracher|fracasser|briser|demonter|"
             r"trancher|couper|ouvrir)\s+(?:la|les|le|ta|sa|leur|votre)\s+(?:gueule|tete|tronche|figure|"
             r"face|dents|jambes|genoux|crane|portrait|nez|bras|cou|machoire|os|couilles|gorge|ventre))")
B["VIOL2"] = (r"(?:casser|descendre|exploser|ecraser|achever|enterrer|aligner|bousiller|demonter|niquer|"
              r"attraper|choper|retrouver|trouver|cueillir|pulveriser|atomiser|detruire)")
B["VIOL_PRES"] = (r"(?:etouffe|tue|bute|butte|creve|egorge|etrangle|poignarde|defonce|demolis|eclate|"
                  r"massacre|brule|noie|saigne|tabasse|fracasse|defigure|abats|flingue|assassine|"
                  r"decapite|torture|viole|etripe|trucide|cogne|frappe|gifle|crame|fume|plante|"
                  r"(?:tu|but|butt|crev|etouff|egorg|etrangl|poignard|frapp|cogn|defonc|eclat|massacr|"
                  r"brul|noi|saign|tabass|fracass|defigur|flingu|assassin|decapit|tortur|viol|etrip|trucid|"
                  r"gifl|baff|cram|plant)(?:erai|erons|era)|abattrai|pendrai|"
                  r"ferai\s+(?:la\s+peau|payer|regretter|souffrir|du\s+mal|la\s+misere|ta\s+fete|sa\s+fete)|"
                  r"(?:casse|casserai|pete|peterai|eclate|eclaterai|defonce|defoncerai|explose|refais|referai|fracasse|"
                  r"arrache|arracherai)\s+(?:la|le|les|ta|sa|leur)\s+(?:gueule|tete|tronche|figure|face|dents|portrait|"
                  r"crane|machoire)|regle\s+(?:son|ton|leur)\s+compte|aurai\s+(?:ta|sa|leur)\s+peau)")
B["VOL"] = (r"(?:vais|va|allons|vas|veux|voudrais|voulons|compte|finirai\s+par|vais\s+finir\s+par|"
            r"va\s+finir\s+par|pourrais|pourrait|reve\s+de|revons\s+de|me\s+retiens\s+de|"
            r"suis\s+(?:capable|pret|prete|a\s+deux\s+doigts)\s+d[e']|ai\s+(?:trop\s+|tellement\s+|grave\s+|"
            r"vraiment\s+)?envie\s+d[e']|avais\s+envie\s+d[e']|(?:te\s+)?jure\s+(?:que\s+)?(?:je\s+|j')?"
            r"(?:vais\s+)?|irai|irons|viendrai|viendrons)")
# violence against many: verbs, infinitive and past participle
B["GV"] = (r"(?:tuer?|assassiner|abattre|executer|exterminer|eradiquer|massacrer|egorger|etrangler|"
           r"poignarder|bruler|noyer|pendre|gazer|lyncher|torturer|fusiller|buter|flinguer|violer|"
           r"frapper|tabasser|agresser|castrer|decapiter|lapider|crever|etouffer|"
           r"faire\s+souffrir|tirer\s+(?:une\s+balle\s+|des\s+balles\s+)?sur|trancher\s+la\s+gorge|"
           r"briser\s+le\s+cou|mettre\s+fin\s+a\s+la\s+vie|en\s+finir\s+avec|"
           r"(?:se|nous|vous)\s+debarrasser\s+(?:des|du|de|d'\p{L}+)|(?:tous\s+|toutes\s+)?(?:les\s+|leur\s+)?(?:tuer|abattre|pendre|"
           r"bruler|gazer|noyer|exterminer|massacrer|executer|egorger|buter))")
B["GPP"] = (r"(?:tue|tuee|tues|tuees|abattue?s?|executee?s?|exterminee?s?|eradiquee?s?|gazee?s?|"
            r"pendue?s?|brulee?s?(?:\s+vifs?|\s+vives?)?|noyee?s?|lynchee?s?|egorgee?s?|fusillee?s?|"
            r"massacree?s?|torturee?s?|castree?s?|decapitee?s?|lapidee?s?|assassinee?s?|etranglee?s?|"
            r"poignardee?s?|abattus|tabassee?s?|violee?s?|morte?s|crevee?s?)")
B["GSUBJ"] = (r"(?:execute|executent|tue|tuent|abatte|abattent|pende|pendent|brule|brulent|gaze|gazent|"
              r"extermine|exterminent|egorge|egorgent|massacre|massacrent|noie|noient|etrangle|etranglent|"
              r"lynche|lynchent|torture|torturent|creve|crevent|meure|meurent|en\s+finisse\s+avec|"
              r"debarrasse\s+(?:des|du|de|d'\p{L}+)|se\s+fasse\s+(?:\p{L}+\s+)?{GV}|se\s+fassent\s+(?:\p{L}+\s+)?{GV}|"
              r"se\s+faisai(?:t|ent)\s+(?:\p{L}+\s+)?{GV}|{GV}|pouvait\s+(?:\p{L}+\s+)?{GV}|pouvaient\s+{GV})")


def split_top(s):
    """The top-level alternatives of '(?:a|b|c)', or None."""
    if not (s.startswith("(?:") and s.endswith(")")):
        return None
    body, depth, parts, cur, i, cls = s[3:-1], 0, [], "", 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            cur += body[i:i + 2]; i += 2; continue
        if cls:
            cls = c != "]"; cur += c; i += 1; continue
        if c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(cur); cur = ""; i += 1; continue
        cur += c; i += 1
    parts.append(cur)
    return parts


def trie(s):
    """Group alternatives by first letter: 'a(?:llez|llons)' is tried once per position,
    not once per word (re has no trie of its own)."""
    parts = split_top(s)
    if not parts or len(parts) < 4:
        return s
    groups = {}
    for p in parts:
        k = p[0] if p[:1].isalpha() and p[1:2] not in ("?", "*", "+", "{") else "#" + p
        groups.setdefault(k, []).append(p)
    out = []
    for k, ps in groups.items():
        if k.startswith("#") or len(ps) == 1:
            out.extend(ps)
        else:
            out.append(k + "(?:" + "|".join(trie("(?:" + "|".join(p[1:] for p in ps) + ")")[3:-1].split("\x00")) + ")")
    return "(?:" + "|".join(out) + ")"

def trie_all(s):
    """`trie` on every non-capturing group of a pattern, innermost first."""
    i, in_class, res = 0, False, [""]
    while i < len(s):
        c = s[i]
        if c == "\\":
            res[-1] += s[i:i + 2]; i += 2; continue
        if in_class:
            in_class = c != "]"; res[-1] += c; i += 1; continue
        if c == "[":
            in_class = True
        elif s.startswith("(?:", i):
            res.append(""); i += 3; continue
        elif c == "(":  # lookaround: kept as it is, its inner groups are factored
            res += [None, c]; i += 1; continue
        elif c == ")":
            inner = res.pop()
            if res[-1] is None:
                res.pop(); res[-1] += inner + ")"
            else:
                res[-1] += trie("(?:" + inner + ")")
            i += 1; continue
        res[-1] += c; i += 1
    return res[0]


def expand(s):
    for _ in range(5):
        s = re.sub(r"\{([A-Z][A-Z_0-9]+)\}", lambda m: B[m.group(1)], s)
    return s


def main() -> None:
    for k in list(B):
        B[k] = expand(B[k])
    out = []
    for line in TEMPLATE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            kind, attrs, pattern = line.split(";", 2)
            line = f"{kind};{attrs}; {trie_all(expand(pattern.strip()))}"
        out.append(line)
    OUTPUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
