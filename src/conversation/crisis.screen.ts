/**
 * Deterministic screen for acute suicide risk, run on every message a person
 * sends, in all four languages at once (people mix languages, and a sentinel
 * may quote a client in another one).
 *
 * Policy: a missed crisis is far worse than a false alarm, so the lexicon
 * leans wide; only well-known idioms are excluded, and an exclusion only
 * removes its own words from the text, so a real hit elsewhere in the same
 * message still fires.
 *
 * Lexicon entries are written in a tiny pattern language over normalised text
 * (lower case, no accents, apostrophes and hyphens read as spaces):
 *   - ordinary regex syntax, but no backslashes;
 *   - `{NAME}` inserts a shared fragment from FRAG;
 *   - ` ~ ` allows up to 2 arbitrary words in between, ` ~4 ` up to 4;
 *   - `%` means "any further letters" (word endings, compounds);
 *   - `$` means "end of a clause" (end of text or a . , ! ? ; : or emoji).
 * Every entry is wrapped in letter/digit word boundaries.
 */
import { Buffer } from 'node:buffer';
import { isAscii, normalise, squeezeRepeats } from '../language/normalise.js';

export interface CrisisScreenResult {
  hit: boolean;
  /** id of the lexicon entry that matched, e.g. "fr.suicide" — never the person's text */
  rule?: string;
}

/** Shared fragments. Third-person forms are included on purpose: a sentinel reporting a client's suicide talk must trigger too. */
const FRAG: Readonly<Record<string, string>> = {
  // FR: first-person wish/intent, with SMS forms ("jveux", "jve", "jvx").
  FR_WANT:
    '(?:j ?)?(?:veux|veu|ve|vx|voudrais|voudrai)|envie (?:de|d)|envi (?:de|d)|souhaite|prefere|prefererais|aimerais|aimerai|pret a|prete a|hate de|pense a|penser a|songe a|tente de|tentee de|dois|devrais',
  // FR: "going to" — only first person: "ça va me tuer" is an idiom, "je vais me tuer" is not.
  FR_GO: '(?:j ?)?(?:vais|vai)|je va|j va|jva|je v|j v|jv',
  // FR: reported third person (sentinels): "il veut se tuer", "elle parle d'en finir".
  FR_THEY: 'veut|voulait|veulent|parle de|parle d|parlait de|menace de|menace d|pense a|pensait a|envie de|envie d',
  // FR: reported "going to" — not with "mourir": "ma boîte va mourir" is about the business.
  FR_THEY_GO: 'va|vont|allait',
  // FR: business objects — "en finir avec ce dossier" is not about life.
  FR_BIZ:
    'dossier%|projet%|chantier%|paperasse|administratif|administration|tva|compta%|facture%|declaration%|travaux|client%|litige%|procedure%|formulaire%|contrat%|proces|banque%|credit%|dette%|impot%|onss|inasti|caisse%|associe%|comptable%|fournisseur%|stock%|saison|semaine|journee|reunion%|boulot|travail|taf|job|boite|entreprise|societe|activite|magasin|commerce|restaurant|resto|salon|cabinet|huissier%|faillite|bureau',
  FR_MEDS:
    'medoc%|medicament%|cachet%|comprime%|pilule%|somnifere%|anxiolytique%|antidepresseur%|xanax|lexomil|temesta|stilnox|doliprane|dafalgan|paracetamol',
  NL_NIET: 'niet|ni|nie|nt',
  NL_MEER: 'meer|mer',
  // NL: reflexives that are only ever the person themself (or a reported client).
  NL_SELF_STRONG: 'mezelf|mijzelf|mzelf|zichzelf|zich|mn eigen|m n eigen|mijn eigen',
  NL_SELF: 'mezelf|mijzelf|mzelf|zichzelf|zich|mn eigen|m n eigen|mijn eigen|me|mij',
  NL_HANG:
    'ophangen|op hangen|ophang|op te hangen|verhangen|verhang|te verhangen|opknopen|iets aandoen|iets aan doen|iets aan te doen|wat aandoen|wat aan doen|wat aan te doen|aandoen|aan te doen',
  NL_WANT: 'wil|wou|wilde|wilt|willen|kwil|kwou|zou willen',
  NL_MEDS:
    'pillen|pilletjes|medicijnen|slaappillen|slaapmiddelen|tabletten|medicatie|medicamenten|antidepressiva|pijnstillers|xanax|dafalgan|paracetamol',
  DE_NICHT: 'nicht|nich|ned|net|nit',
  DE_MEHR: 'mehr|mer|meh',
  DE_WANT:
    'will|wil|mochte|moechte|mocht|wollte|wurde gern|wuerde gern|wurde gerne|wuerde gerne|wurde lieber|wuerde lieber|wurde am liebsten|wuerde am liebsten|wurd am liebsten|wunsche mir|wuensche mir|sehne mich danach',
  DE_MEDS: 'tabletten|pillen|medikamente|schlaftabletten|schlafmittel|beruhigungsmittel|schmerzmittel|antidepressiva|packung|schachtel',
  EN_NOT: 'dont|don t|do not|didn t|didnt|dnt|doesn t|doesnt|no longer',
  EN_SELF: 'my ?self|meself|myslef|mysef|mself|himself|herself|themselves|themself',
  EN_MEDS: 'pills|meds|tablets|medication|medicine|sleeping pills|painkillers|antidepressants|tylenol|paracetamol|xanax|insulin',
};

interface Entry {
  readonly id: string;
  readonly patterns: readonly string[];
}

/** Crisis lexicon. Order matters only for which id is reported when several match. */
const RULES: readonly Entry[] = [
  // ---------- French ----------
  {
    id: 'fr.suicide',
    // suicide, suicider, suicidaire, sucide, suiside, suiscide (doubled letters handled by the collapsed variant).
    patterns: ['su[iy]?(?:c|s|sc|ss)[iy]d%', 'idees? (?:noires|de mort|suicidaires?)', 'automutil%'],
  },
  {
    id: 'fr.kill_self',
    patterns: [
      '(?:{FR_WANT}|{FR_GO}) ~ (?:me|m) (?:tuer|tue|tuerai|flinguer|flingue|buter|noyer|pendre)',
      '(?:{FR_THEY}|{FR_THEY_GO}) ~ (?:se|s) (?:tuer|flinguer|pendre|noyer)',
      // "me supprimer" only at a clause end: "me supprimer de la liste" is admin.
      '(?:{FR_WANT}|{FR_GO}|{FR_THEY}|{FR_THEY_GO}) ~ (?:me|se) supprimer$',
      '(?:me|m|se|s) (?:foutre|fout|fous|foutrai|foutais) en l ?air',
      '(?:me|se) (?:pendre|pends|pend|pendrai|flinguer|flingue)',
      '(?:me|m|se|s) (?:tirer|mettre|tire|mets) une balle',
      '(?:ouvrir|couper|trancher|taillader|entailler) (?:les|mes|ses) veines',
      '(?:me|se) (?:donner|donne|donnerai) la mort',
      '(?:m|s) oter la vie',
      '(?:me|se) faire du mal',
      '(?:me|se) laisser mour+ir',
    ],
  },
  {
    id: 'fr.want_to_die',
    patterns: [
      // "je veux mourir", "jveux mourrir", "envie de crever"; not "je vais mourir" (fear or hyperbole, not intent).
      '(?:{FR_WANT}|{FR_THEY}) ~ (?:mour+i[rt]?e?|crever|creve|creuver)',
      '(?:{FR_WANT}) ~ (?:etre|etr) (?:deja )?(?:mort|morte)',
      '(?:plutot|mieux) (?:mourir|crever|etre mort|etre morte|mort|morte)',
      'mieux si (?:j etais|je serais|j etait|jetais|j serais) (?:mort|morte)',
      // Not "la mort de mon père" (grief about someone else).
      'pens% (?:a la|souvent a la|tout le temps a la|beaucoup a la|sans arret a la) mort(?! (?:de|d|du|des))',
      '(?:ne )?(?:plus|jamais|plus jamais) (?:me|se) reveiller',
      'endormir (?:pour toujours|pour de bon|a jamais|definitivement)',
    ],
  },
  {
    id: 'fr.end_it',
    patterns: [
      '(?:{FR_WANT}|{FR_GO}|{FR_THEY}|{FR_THEY_GO}) ~ en ?finir',
      'en ?finir (?:avec )?(?:la vie|ma vie|sa vie|cette vie|tout|moi|l existence|mes jours)',
      'en ?finir (?:une bonne fois|une fois pour toutes?|pour de bon|definitivement|pour toujours)',
      'en ?finir$',
      '(?:j|je) en finisse$',
      '(?:fin|terme) a (?:mes|ses) jours',
      '(?:fin|terme) a (?:ma|sa) (?:propre )?(?:vie|existence)',
      'fin a tout(?: ca)?$',
      '(?:{FR_WANT}) que tout (?:s arrete|s arrette|finisse|se termine|s acheve)',
    ],
  },
  {
    id: 'fr.no_will_to_live',
    patterns: [
      // "pu" is the SMS / Québécois "plus".
      '(?:plus|plu|pu|pas|aucune|perdu|perdue|sans) ~ envie? (?:de|d) vivre',
      'marre (?:de|d) (?:la vie|vivre|ma vie|cette vie|exister|etre en vie)',
      '(?:fatigue|fatiguee|lasse|las|degoute|degoutee) (?:de|d) (?:vivre|la vie|ma vie|exister)',
      // "plus vivre" = no longer live; "pas vivre" only alone ("je veux pas vivre à Bruxelles" is not about life).
      '(?:{FR_WANT}|{FR_THEY}) ~ (?:plus|plu|pu) vivre',
      '(?:{FR_WANT}|{FR_THEY}) ~ pas vivre$',
      '(?:plus|pas|aucune|sans|perdu) ~ raisons? (?:de|d) vivre',
      'a quoi bon (?:vivre|continuer a vivre|rester en vie|continuer)$',
      'vie ~ (?:plus|aucun|pas) (?:de |d )?sens',
      '(?:plus|pas|aucune) (?:la |de )?force (?:de|d) vivre',
      'vivre (?:ne )?sert a rien',
    ],
  },
  {
    id: 'fr.method',
    patterns: [
      '(?:overdose|surdose)%',
      '(?:avaler|avale|avales|avalerai|gober|gobe) (?:tous|toutes|toute|une boite|des boites|la boite|plein) ~ (?:{FR_MEDS}|boites?|plaquettes?)',
      '(?:tous|toutes) (?:mes|les) (?:{FR_MEDS}) (?:d un coup|en une fois|en meme temps|a la fois)',
      'toute (?:la|une|ma) (?:boite|plaquette) (?:de|d) (?:{FR_MEDS})',
      '(?:sauter|saute|sauterai|me jeter|me lancer|me balancer|se jeter|se lancer) (?:du|d un|d une|de|depuis|par|en bas du|en bas d un|du haut du|du haut d un) ~ (?:pont|fenetre|toit|balcon|falaise|immeuble|viaduc|tour|building)',
      '(?:me jeter|me lancer|me balancer|se jeter|se lancer|me mettre|me coucher|se mettre|se coucher|sauter) (?:sous|devant) ~ (?:train|metro|tram|voiture|camion|bus|rails)',
      // Not "sauter dans le vide": also a metaphor for a risky business move.
      '(?:me jeter|me lancer|me balancer|se jeter|se lancer) dans (?:le|la|l) (?:vide|canal|riviere|meuse|escaut|sambre|lac|mer)',
      'sauter dans (?:le|la|l) (?:canal|riviere|meuse|escaut|sambre|lac)',
    ],
  },
  {
    id: 'fr.burden',
    patterns: ['personne (?:ne |n )?(?:va |vont )?me (?:regrett%|pleur%)', 'mieux sans moi'],
  },
  {
    id: 'fr.disappear',
    patterns: ['disparaitre (?:pour toujours|a jamais|pour de bon|definitivement|pour de vrai)', '(?:{FR_WANT}) ~ disparaitre'],
  },
  {
    id: 'fr.dark_act',
    // "faire une connerie/bêtise" in the future or as a wish is a classic euphemism for an attempt.
    patterns: [
      '(?:{FR_WANT}|{FR_GO}|{FR_THEY}|{FR_THEY_GO}|peur de|peur d|sur le point de) ~ faire (?:une|des|un|la) ~ (?:connerie%|betise%|truc grave|geste)',
    ],
  },
  {
    id: 'fr.goodbye',
    patterns: [
      'adieu (?:a tous|a toutes|tout le monde|a vous|pour toujours|mes amis|les amis|a jamais|a tout le monde|la compagnie|la vie)',
      'lettre d ?adieux?',
      // Not bare "mon dernier message": "comme dit dans mon dernier message" is routine.
      '(?:ceci est|c est|voici|ce sera|ca sera|ce sont) (?:mon|le|mes) (?:dernier message|derniers mots)',
      'quand (?:vous lirez|tu liras|tu lira|vous lisez) ce (?:message|mot|texte)',
      'pardonn% moi pour tout',
      'dites a (?:mes enfants|ma femme|mon mari|ma famille|mes parents|ma fille|mon fils) que je (?:les|l) (?:aime|aimais)',
    ],
  },

  // ---------- Dutch ----------
  {
    id: 'nl.suicide',
    patterns: ['zel[fv] ?moo?r[dt]%', 'zelf ?doding%', 'su[iy]?(?:c|s|sc|ss)[iy]d%', 'doodswens%', 'doodsgedachte%', 'levensmoe%'],
  },
  {
    id: 'nl.kill_self',
    patterns: [
      'van ?kant ~ (?:maken|te maken|maak|maakt|gemaakt)',
      // Gap only after an unambiguous reflexive: "bel me even, moet ophangen" is a phone call.
      '(?:{NL_SELF_STRONG}) ~ (?:{NL_HANG})',
      '(?:me|mij) (?:{NL_HANG})',
      '(?:{NL_SELF_STRONG}) ~ (?:doden|te doden|dood maken|doodmaken|dood te maken|om het leven brengen|om het leven te brengen|om zeep helpen|vermoorden|te vermoorden|verdrinken|vergiftigen|doodschieten|neerschieten|dood schieten)',
      '(?:{NL_SELF}) het leven (?:benemen|te benemen|nemen|ontnemen)',
      '(?:mijn|mn|m n|me|zijn|haar) (?:eigen )?leven (?:beeindigen|te beeindigen|nemen|te nemen|benemen)',
      'eind(?:e)? (?:aan|maken aan) (?:mijn|mn|m n|me|zijn|haar|het) (?:eigen )?leven',
      'er ~ eind(?:e)? aan ~ (?:maken|te maken|maak|breien|te breien)',
    ],
  },
  {
    id: 'nl.want_to_die',
    patterns: [
      '(?:{NL_WANT}) ~ (?:dood|doot|doodgaan|dood gaan|sterven|dood zijn)',
      'liever ~ dood',
      '(?:wou|wilde|wens|wenste|hoop) dat ik ~ dood',
      'was ik (?:maar )?dood',
      'beter (?:af )?dood',
      'beter (?:als|wanneer|indien) ik ~ dood',
      '(?:{NL_NIET}) (?:{NL_MEER}) leven',
      '(?:{NL_WANT}) ~ (?:{NL_NIET}) (?:{NL_MEER}) (?:bestaan|verder leven)',
      // "ik wil niet meer." alone; not "dat wil ik niet meer" (a particular thing).
      '(?:(?:ik|k) (?:wil|wou)|kwil|kwou) (?:gewoon |echt |eigenlijk |echt gewoon |gewoon echt |dus |nu )?(?:{NL_NIET}) (?:{NL_MEER})$',
      '(?:{NL_WANT}) ~ er (?:{NL_NIET}) (?:{NL_MEER}) (?:zijn|wezen)',
      'er (?:{NL_NIET}) (?:{NL_MEER}) willen zijn',
      '(?:{NL_NIET}|nooit) (?:{NL_MEER}) wakker (?:worden|word|wordt|te worden)',
      'voor altijd (?:verdwijnen|slapen|inslapen|gaan slapen)',
      '(?:wil|wou) ~ dat (?:alles|het) ~ (?:stopt|ophoudt|voorbij is)$',
    ],
  },
  {
    id: 'nl.no_will_to_live',
    patterns: [
      'geen (?:zin|reden|puf) (?:meer )?(?:om te leven|in het leven|in leven|in mijn leven|om verder te leven)',
      'leven heeft ~ geen (?:zin|nut)',
      '(?:het|t|alles) (?:heeft|heef) ~ geen zin (?:{NL_MEER})$',
      '(?:niets|niks) (?:meer )?om voor te leven',
      'leven (?:beu|moe)',
      '(?:ben|is) het leven zat',
    ],
  },
  {
    id: 'nl.method',
    patterns: [
      'overdosis%',
      '(?:alle|al mijn|al mn|al m n|al me|al de|een hele doos|een doos|de hele doos|heel de doos|een hele strip|de hele strip) ~ (?:{NL_MEDS}) ~ (?:innemen|in te nemen|in nemen|slikken|te slikken|opslikken|op te slikken)',
      '(?:alle|al mijn|al mn|al m n|al me) (?:{NL_MEDS}) (?:in een keer|in 1 keer|tegelijk|ineens|tegelijkertijd|in eens)',
      'voor (?:de|een|n) (?:trein|tram|metro|bus|auto|vrachtwagen|vrachtauto) ~ (?:springen|spring|te springen|gooien|gooi|te gooien|lopen|loop|te lopen|werpen|stappen)',
      '(?:spring|springen|gooi|gooien|loop|lopen|werpen) ~ voor (?:de|een|n) (?:trein|tram|metro|bus|auto|vrachtwagen)',
      'onder (?:de|een) trein',
      '(?:van|vanaf|vanop|af) ~ (?:brug|dak|flat|gebouw|toren|balkon|klif|rots) ~ (?:springen|spring|te springen|gooien|storten)',
      '(?:springen|spring) (?:van|vanaf|vanop|af) ~ (?:brug|dak|flat|gebouw|toren|balkon)',
      '(?:polsen|aders|pols) ~ (?:doorsnijden|door te snijden|doorsnijd|opensnijden|open snijden|open te snijden)',
    ],
  },
  {
    id: 'nl.burden',
    patterns: ['(?:niemand|geen mens|geen kat) ~ (?:me|mij) ~ missen', 'beter (?:af )?zonder (?:mij|me)'],
  },
  {
    id: 'nl.goodbye',
    patterns: ['dit is (?:mijn|m n|mn) (?:afscheid|laatste bericht)', 'vaarwel', 'afscheidsbrie[fv]%'],
  },

  // ---------- German ----------
  {
    id: 'de.suicide',
    patterns: [
      'selb?st? ?mor[dt]%',
      'su[iy]?(?:c|s|sc|ss|z|tz)[iy]d%',
      'freitod%',
      'selbstt(?:o|oe)tung%',
      'lebensm(?:u|ue)de%',
      'todes(?:wunsch|gedanken|sehnsucht)%',
    ],
  },
  {
    id: 'de.kill_self',
    patterns: [
      '(?:mich|sich) ~ (?:umbringen|umzubringen|umbring|tot machen|erschiessen|zu erschiessen|erhangen|erhaengen|aufhangen|aufhaengen|aufzuhangen|aufzuhaengen|vergiften|ertranken|ertraenken|killen)',
      // No gap: "sich an die Toten erinnern" (the dead) reads the same as "töten".
      '(?:mich|sich) (?:selbst |selber )?(?:toten|toeten|zu toten|zu toeten)',
      // "um" not followed by a time or an object: "bringt mich um den Schlaf", "um 8".
      '(?:bring|bringe) mich ~ um(?! (?:[0-9]|den|die|das|meinen|meine|mein|halb|viertel|ein|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mitternacht))',
      '(?:bringt|bringen|brachte) sich ~ um(?! (?:[0-9]|den|die|das|seinen|seine|sein|ihren|ihre|ihr|halb|viertel|ein|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mitternacht))',
      '(?:hang|hange|haenge) mich ~ auf',
      '(?:mir|sich) (?:selbst |selber )?(?:das|mein|sein|ihr) leben (?:nehmen|zu nehmen|nehme)',
      '(?:mir|sich) ~ (?:etwas|was|was schlimmes|etwas schlimmes) ~ (?:antun|anzutun|an tun)',
      '(?:mir|sich) (?:die|eine) kugel ~ (?:geben|gebe|jagen|zu geben)',
      'pulsader%',
    ],
  },
  {
    id: 'de.want_to_die',
    patterns: [
      '(?:{DE_WANT}) ~ (?:sterben|tot sein|nicht mehr aufwachen)',
      'sterben (?:will|mochte|moechte|wollen)',
      '(?:ware|waere) ich (?:doch )?(?:nur )?tot',
      // "wär" is typed "war".
      '(?:ware|waere|war) (?:lieber|besser|am liebsten) tot',
      '(?:lieber|besser) tot',
      'besser ~ (?:wenn|wann|dass|falls) ich ~ tot',
      '(?:wunschte|wuenschte|wunsche|wuensche) ~ ich ~ tot',
      // Not bare "nicht mehr leben": "vom Laden kann ich nicht mehr leben" is about income.
      '(?:{DE_WANT}|mag|will so|kann so) ~ (?:{DE_NICHT}) (?:{DE_MEHR}) leben',
      '(?:{DE_NICHT}) (?:{DE_MEHR}) leben (?:will|mochte|moechte|wollen|mag)',
      '(?:{DE_NICHT}) (?:{DE_MEHR}) (?:aufwachen|aufzuwachen|da sein|existieren|weiterleben)',
      'nie (?:mehr|wieder) aufwachen',
      // "ich will nicht mehr." alone; not "das will ich nicht mehr".
      '(?:ich|i) (?:will|wil|mag|mochte|moechte) (?:einfach |echt |wirklich |halt |einfach echt |echt einfach |jetzt )?(?:{DE_NICHT}) (?:{DE_MEHR})$',
      '(?:fur|fuer) immer (?:einschlafen|verschwinden|weg sein)',
      '(?:will|wil|mochte|moechte) ~ dass (?:alles|es) ~ (?:aufhort|aufhoert|vorbei ist|endet)$',
    ],
  },
  {
    id: 'de.end_it',
    patterns: [
      'schluss ~ mit (?:allem|alles|dem leben|meinem leben)',
      'schluss (?:machen|mache|mach|zu machen) mit mir',
      'mit (?:allem|dem leben|meinem leben) ~ schluss',
      '(?:meinem|dem|seinem|ihrem) leben ein ende',
      '(?:allem|dem ganzen|alldem|dem allen) ein ende (?:setzen|machen|bereiten|zu setzen|zu machen)',
      '(?:mein|sein|ihr) leben (?:beenden|zu beenden|beende)',
      '(?:will|mochte|moechte) ~ alles beenden',
      'alles beenden$',
    ],
  },
  {
    id: 'de.no_will_to_live',
    patterns: [
      '(?:keine lust|kein bock|keinen bock|keine kraft) ~ (?:zu leben|auf leben|aufs leben|auf das leben|zum leben)',
      'leben hat ~ keinen sinn',
      '(?:hat|macht) ~ keinen sinn (?:{DE_MEHR})$',
      'keinen? (?:grund|sinn) (?:mehr )?(?:zu leben|zum leben|weiterzuleben|weiter zu leben)',
    ],
  },
  {
    id: 'de.method',
    patterns: [
      '(?:uberdosis|ueberdosis)%',
      '(?:alle|die ganze|eine ganze|ganze) ~ (?:{DE_MEDS}) ~ (?:schlucken|zu schlucken|runterschlucken|einwerfen|schlucke)',
      '(?:alle|die ganze|eine ganze|ganze) ~ (?:{DE_MEDS}) (?:auf einmal|aufeinmal|zusammen|gleichzeitig|auf ex)',
      '(?:schlucke|schluck|schlucken) (?:alle|die ganze|eine ganze|ganze) ~ (?:{DE_MEDS})',
      'vor (?:den|n|nen|einen|die|eine) (?:zug|u ?bahn|s ?bahn|bahn|lkw|laster|auto|bus|strassenbahn|tram)',
      '(?:von|vom|aus dem|aus einem) ~ (?:brucke|bruecke|dach|hochhaus|balkon|fenster|turm|klippe) (?:springen|springe|zu springen|sturzen|stuerzen|werfen)',
      '(?:springe|springen|spring|sturze|stuerze|sturzen|stuerzen) ~ (?:von|vom|aus dem|aus einem) ~ (?:brucke|bruecke|dach|hochhaus|balkon|fenster|turm|klippe)',
    ],
  },
  {
    id: 'de.burden',
    patterns: [
      '(?:niemand|keiner|keine sau|kein mensch) (?:wurde|wuerde|wird|wurd) mich ~ vermissen',
      '(?:besser|besser dran) ohne mich',
      'ohne mich besser',
    ],
  },
  {
    id: 'de.goodbye',
    patterns: [
      // Not "er lebt wohl in Berlin" (probably lives).
      'lebt (?:alle )?wohl$',
      'lebt wohl (?:alle|ihr lieben|meine lieben|ihr|fur immer|fuer immer)',
      'lebewohl',
      '(?:das|dies) (?:ist|hier ist) (?:mein|meine) (?:abschied|letzte nachricht)',
      'abschieds(?:brief|nachricht)%',
      'verabschiede mich ~ (?:fur immer|fuer immer|von allen|von euch allen)',
    ],
  },

  // ---------- English ----------
  {
    id: 'en.suicide',
    patterns: ['su[iy]?(?:c|s|sc|ss)[iy]d%', 'sewer ?slide%', 'unaliv%'],
  },
  {
    id: 'en.kill_self',
    patterns: [
      '(?:kill|kil|kll|killing|killin|kilin|killed|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas) (?:{EN_SELF})',
      'kms',
      '(?:take|taking|took|end|ending|ended) (?:my|his|her|their) (?:own )?life',
      'end% it (?:all|tonight|today|for good|forever)',
      'end% everything',
      '(?:going to|gonna|want to|wanna|will|ll|gotta|have to) end it$',
      'blow (?:my|his|her) brains out',
      '(?:gun|bullet) (?:to|in) (?:my|his|her) (?:head|mouth|brain)',
      '(?:slit|cut|slash|slitting|cutting|slashing) (?:my|his|her) wrists?',
    ],
  },
  {
    id: 'en.want_to_die',
    patterns: [
      // Requires "to": Dutch "want" means "because" and "die" means "that".
      '(?:want|wanted|wants|wnt|wan|need|ready) (?:to|2|ta) ~ die',
      '(?:wanna|wana|wan na|deserve to|rather|would rather|d rather|prefer to|wish i could|hope i) ~ die',
      '(?:wish|hope) ~ (?:was|were|am) dead',
      '(?:better off|rather be|want to be|wanna be|wish to be) dead',
      // "live" alone or with "anymore": "I don't want to live in Brussels" is not about life.
      '(?:{EN_NOT}) (?:want|wanna|wana|wish) ~ (?:live|exist|be here|be around)(?: (?:anymore|any more|like this|another day|this way|this life))?$',
      '(?:{EN_NOT}) (?:want|wanna|wana|wish) ~ (?:live|exist|be here|be around) (?:anymore|any more)',
      '(?:{EN_NOT}) (?:want|wanna|wana|wish) ~ (?:be alive|live anymore|keep living|go on living)',
      '(?:hope|wish|pray) ~ (?:never|not|dont|don t|won t|wont) wake up',
      'sleep and (?:never|not) wake up',
      'never wake up again',
      'want (?:it all|everything|all of it) to (?:end|stop)',
      'disappear (?:forever|for good|permanently)',
    ],
  },
  {
    id: 'en.no_will_to_live',
    patterns: [
      '(?:no|nothing|no more) (?:reason|reasons|point) ~ (?:to live|in living|living|to go on living|to be alive)',
      'nothing (?:left )?to live for',
      '(?:not|isnt|isn t|no longer|aint|ain t) worth living',
      // Not "tired of living paycheck to paycheck", "sick of life admin".
      '(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing)(?! (?:admin|paycheck|in|with|on|off|out|costs?|expenses|insurance|coach%|hacks?|style))',
      'life (?:is|s) (?:pointless|meaningless)',
    ],
  },
  {
    id: 'en.method',
    patterns: [
      'overdos%',
      'od (?:on|with) (?:{EN_MEDS})',
      // Needs intent: "I take all my meds in the morning" is routine.
      '(?:gonna|going to|want to|wanna|will|ll|about to|thinking of|thinking about|planning to|plan to|planning on|could|should|might) ~ (?:take|taking|swallow|swallowing|down|downing) all ~ (?:{EN_MEDS})',
      'swallow% all ~ (?:{EN_MEDS})',
      '(?:whole|entire) (?:bottle|box|pack|packet|strip) of (?:{EN_MEDS})',
      'jump% (?:off|from) ~ (?:bridge|building|roof|cliff|balcony|tower|overpass|parking garage)',
      '(?:jump%|step%|throw% (?:{EN_SELF})|walk%|lie down|lay down|lying down|run|running) ~ in front of (?:a|an|the) (?:train|bus|truck|lorry|tram|subway|oncoming)',
    ],
  },
  {
    id: 'en.self_harm',
    patterns: ['self ?harm%', 'harm (?:{EN_SELF})'],
  },
  {
    id: 'en.burden',
    patterns: [
      '(?:no one|noone|nobody|no body|no1) ~ miss me',
      '(?:no one|noone|nobody|no1) ~ (?:care|notice) if i (?:died|was gone|were gone|disappeared|was dead|wasn t here|wasnt here)',
      'better off without me',
      'better off if i (?:was|were|am|wasn t|wasnt) (?:gone|dead|not here|not around|here)',
      'better off if i died',
    ],
  },
  {
    id: 'en.goodbye',
    patterns: [
      'goodbye (?:forever|cruel world|world|everyone|everybody)',
      'farewell (?:everyone|everybody|all|forever|world)',
      'this is (?:my )?goodbye',
      // Not bare "my last message": "as I said in my last message" is routine.
      'this is (?:my )?(?:last|final) (?:message|words|goodbye|text)',
      'my (?:final|last) (?:words|goodbye)',
      'by the time (?:you|u) read this',
      'goodbye (?:note|letter)',
    ],
  },
];

/**
 * Idioms. Each is cut out of the text (replaced by a separator) before the
 * lexicon runs, so it cannot hide a real hit elsewhere in the message. Some
 * guard words no current entry would match on its own; they stay so a later,
 * looser entry cannot start firing on them.
 */
const EXCLUSIONS: readonly string[] = [
  // FR "mort de fatigue/rire/faim…": tiredness, laughter, hunger — not death.
  'mort(?:e|es|s)? (?:de|d) (?:fatigue|rire|faim|soif|froid|chaud|peur|trouille|honte|ennui|stress)',
  // FR laughter slang ("mort de rire").
  'mdr|ptdr',
  // FR "je meurs de faim", "mourir d'ennui", "crever de chaud", "mourir d'envie de" (dying to) — but not "me laisser mourir de faim", which is a real threat.
  '(?<!laisser )(?<!laisse )(?:meur[st]?|meurent|mour+ir|mour+ais|crev%) (?:de|d) (?:faim|soif|chaud|froid|rire|ennui|fatigue|envie|impatience|curiosite)',
  // FR "voir/laisser mourir ma boîte": the business dying, not the person.
  '(?:voir|laisser|laisse|regarder) mour+ir (?:ma|mon|mes|la|le|les|l|notre|nos|cette|ce|son|sa|ses)',
  // FR "faire disparaître mes dettes": making something else vanish.
  'faire disparaitre',
  // FR "disparaître de vos listes": unsubscribing.
  'disparaitre (?:de|des|du) (?:vos|votre|la|cette|ta|tes|ce|le|les) ~ (?:liste%|fichier%|base%|groupe%|contacts|newsletter%|mailing%|registre%|annuaire%|site%|systeme%)',
  // FR "tuer le temps" (killing time).
  'tu(?:er|e|ons|ait|ais) le temps',
  // FR "ça me tue", "ce boulot me tue", "ça va me tuer": exhaustion or exasperation. Decision: benign unless the person states intent ("je vais me tuer").
  '(?:ca|ce|cela|cette|ces|il|elle|ils|elles|tu|vous|on) ~ (?:me|m) (?:tue|tuent|tuera|tueront|a tue)',
  '(?:ca|ce|cela|cette|ces|il|elle|ils|elles|tu|vous|on) ~ (?:va|vont|vas|allez|finira par|finiront par) (?:me|m) tuer',
  // FR "se tuer à la tâche", "finir par me tuer au travail": working oneself to death.
  // A bare "je vais me tuer au travail" still hits: it can be literal.
  '(?:me|se|m|s) tu(?:er|e|ant|ais|ait) a la tache',
  'finir par (?:me|se) tuer (?:au|a la) (?:travail|boulot|tache)',
  // FR "crevé" (exhausted).
  '(?:suis|es|est|etre|trop|completement|grave|hyper|super|vraiment|totalement) crev(?:e|ee|es|ees)',
  // FR "ça me pend au nez" (it's bound to happen to me).
  'pend% au nez',
  // FR "me tirer une balle dans le pied" (shooting myself in the foot).
  'balle dans (?:le|mon) pied',
  // FR "noyé sous le travail / les dettes" (drowning in work).
  'noy% (?:sous|dans) ~ (?:{FR_BIZ}|dettes?|mails?|e mails?|papiers?)',
  // FR "en finir avec ce dossier / la TVA": finishing a job.
  'en ?finir ~4 avec (?:ce|cette|ces|cet|le|la|les|l|mon|ma|mes|son|sa|ses|notre|nos|votre|vos) (?:{FR_BIZ})',
  // FR "fin à ma vie d'indépendant", "ma vie professionnelle": a career, not a life.
  '(?:vie|carriere) (?:d ?independante?s?|professionnelle|pro|d entrepreneur%|active|de patron%|de commercant%)',
  // FR "une bêtise dans ma déclaration TVA": an admin mistake.
  '(?:connerie|betise|erreur)s? (?:dans|sur|avec|en|pour) ~ (?:{FR_BIZ})',
  // FR "overdose de boulot/paperasse": too much work.
  '(?:overdose|surdose) (?:de|d) (?:travail|boulot|taf|paperasse|reunions?|mails?|stress|cafe|chocolat|infos?|administratif|clients?)',

  // NL compounds doodmoe, doodop, doodsbang…: intensifiers, not death.
  'dood(?:moe|op|ziek|bang|eng|stil|normaal|leuk|simpel|gewoon|serieus|zonde|jammer|vermoeid)',
  'doods ?bang|doodsangst%',
  // NL "ik ga dood van de honger / het lachen": hunger, laughter.
  'dood (?:van|aan) (?:de |het )?(?:honger|dorst|hitte|warmte|kou|koude|verveling|lachen|slaap)',
  // NL "de tijd doden" (killing time).
  'tijd (?:doden|te doden|dood ?slaan|dood te slaan)',
  // NL "mijn boekhouder gaat me vermoorden": someone will be angry.
  '(?:ga|gaat|gaan|zal|zullen) (?:me|mij) (?:vermoorden|doden|afmaken)',
  // NL "ik kan niet meer leven van mijn zaak": earning a living.
  '(?:{NL_NIET}) (?:{NL_MEER}) (?:kunnen )?leven van',
  // NL "ik vergeet mijn pillen in te nemen": routine medication.
  'verg(?:eet|eten|at) ~4 (?:{NL_MEDS}) ~ (?:in te nemen|innemen|te nemen)',
  // NL "een einde aan mijn leven als zelfstandige": a career.
  'leven als (?:zelfstandige|ondernemer|zaakvoerder|freelancer|eigen baas|zelfstandig%)',

  // DE "ich sterbe vor Hunger/Langeweile".
  'sterb% ~ vor (?:hunger|durst|langeweile|hitze|kalte|kaelte|lachen|neugier|mudigkeit|muedigkeit|sehnsucht)',
  // DE todmüde, todschick…: intensifiers.
  'tod ?(?:mude|muede|mud|schick|ernst|sicher|langweilig|krank|traurig)',
  // DE "ich lach mich tot", "totlachen": laughter.
  'lach% ~ (?:mich|uns|dich|sich) ~ tot|totlach%|totgelacht',
  // DE "die Zeit totschlagen" (killing time).
  'zeit ~ tot ?(?:schlagen|schlage|zu schlagen|geschlagen|zuschlagen)',
  // DE "der Job bringt mich noch um", "mein Chef wird mich umbringen": exasperation, someone else's anger.
  '(?:bringt|bringen) (?:mich|einen) ~ um',
  '(?:wird|werden) mich ~ umbringen',
  // DE "sich an Details aufhängen": getting hung up on something.
  'an (?:details|kleinigkeiten|sowas|so was|so etwas|formalitaten|formalitaeten|worten|fehlern) aufh%',
  // DE "bist du lebensmüde?" means "are you mad?".
  'bist du (?:denn )?lebensm(?:u|ue)de',
  // DE "Überdosis Arbeit/Kaffee": too much of something.
  '(?:uberdosis|ueberdosis) (?:an|von)? ?(?:arbeit|kaffee|stress|meetings|mails|koffein|zucker|papierkram|burokratie|buerokratie)',

  // EN "this job is killing me", "you're killing me": exhaustion or laughter, not "killing myself".
  'killing me(?! ?self)',
  // EN "dying to", "to die for", "die laughing", "died of embarrassment".
  'dying (?:to|for)',
  'to die for',
  '(?:die|died|dying|dies) (?:laughing|of (?:laughter|boredom|embarrassment|curiosity|hunger|thirst|heat|cold|exhaustion))',
  // EN "dead tired".
  'dead (?:tired|beat|on my feet)',
  // EN "killing time", "killed it" (did great).
  'kill(?:ing|ed)? (?:some |the )?time',
  'kill(?:ed|ing)? it',
  // EN "shot myself in the foot".
  '(?:shoot|shot|shooting) (?:{EN_SELF}) in the foot',
  // EN/FR/NL "200 kms": kilometres, not "kill myself".
  '[0-9]+ ?kms?',
  // EN "in front of the bus station".
  '(?:train|bus|tram|subway) (?:station|stop|shelter|depot)',
  // EN "overdosed on coffee".
  '(?:overdos%|od|oding|od d) (?:on|of) (?:coffee|caffeine|sugar|chocolate|work|meetings|emails|paperwork|netflix)',
  // EN "take my life back / in a new direction".
  '(?:take|taking|took) (?:my|his|her|their) (?:own )?life (?:back|into|in (?:my|his|her|their|a|hand)|to the next|seriously|forward)',
];

/**
 * Character classes the pattern language expands to. Readings are nearly
 * always plain ASCII after normalisation, and on ASCII text `\p{L}` and
 * `\p{N}` match exactly `[A-Za-z]` and `[0-9]`; regexes built on the ASCII
 * classes run markedly faster, so each entry is also compiled with them and
 * used whenever the reading is ASCII. Results are the same either way.
 */
interface Classes {
  /** A letter or digit (a word character). */
  readonly alnum: string;
  /** A letter. */
  readonly letter: string;
}

const UNICODE: Classes = { alnum: '[\\p{L}\\p{N}]', letter: '\\p{L}' };
const ASCII: Classes = { alnum: '[A-Za-z0-9]', letter: '[A-Za-z]' };

function expandFragments(src: string): string {
  return src.replace(/\{([A-Z_]+)\}/g, (_m: string, name: string) => {
    const frag = FRAG[name];
    if (frag === undefined) throw new Error(`crisis lexicon: unknown fragment ${name}`);
    return `(?:${expandFragments(frag)})`;
  });
}

/** One lexicon entry as a bare regex source (no word boundaries yet). */
function translate(src: string, collapsed: boolean, cls: Classes): string {
  let s = expandFragments(src);
  // Lexicon spelled with doubled letters collapsed, to compare with text collapsed the same way.
  if (collapsed) s = s.replace(/(\p{L})\1+/gu, '$1');
  return s
    .replace(/ ~(\d)? /g, (_m: string, n: string | undefined) => `(?: ${cls.alnum}+){0,${n ?? '2'}} `)
    .replace(/%/g, () => `${cls.letter}*`)
    .replace(/\$/g, () => '(?= #|$)');
}

/** The four ways a reading is compared: doubled letters collapsed or not, ASCII text or not. */
type Kind = 'plain' | 'collapsed' | 'plainAscii' | 'collapsedAscii';
type ByKind<T> = Readonly<Record<Kind, T>>;

const KINDS: ByKind<{ readonly collapsed: boolean; readonly cls: Classes }> = {
  plain: { collapsed: false, cls: UNICODE },
  collapsed: { collapsed: true, cls: UNICODE },
  plainAscii: { collapsed: false, cls: ASCII },
  collapsedAscii: { collapsed: true, cls: ASCII },
};

/**
 * One regex for several entries: the alternation, wrapped once in the word
 * boundaries. It matches a text exactly when one of the entries on its own
 * would (the lexicon has no capturing groups or backreferences), but scans
 * the text once instead of once per entry.
 */
function compile(srcs: readonly string[], kind: Kind, flags: string): RegExp {
  const { collapsed, cls } = KINDS[kind];
  const body = srcs.map((src) => `(?:${translate(src, collapsed, cls)})`).join('|');
  return new RegExp(`(?<!${cls.alnum})(?:${body})(?!${cls.alnum})`, flags);
}

function byKind<T>(make: (kind: Kind) => T): ByKind<T> {
  return { plain: make('plain'), collapsed: make('collapsed'), plainAscii: make('plainAscii'), collapsedAscii: make('collapsedAscii') };
}

interface CompiledRule {
  readonly id: string;
  readonly re: ByKind<RegExp>;
}

/** One regex per rule and kind: naming the rule that hit costs one scan per rule instead of one per entry. */
const COMPILED: readonly CompiledRule[] = RULES.map((r) => ({
  id: r.id,
  re: byKind((kind) => compile(r.patterns, kind, 'u')),
}));

/**
 * The whole lexicon in a few regexes, one per language. Most messages hit
 * nothing, and for them a few scans per reading settle it; only on a hit do
 * the rules run one by one, in order, to name the first that matches. (Not a
 * single regex: V8 does not optimise a pattern longer than 20 KB, and the
 * whole lexicon is longer; that one regex ran several times slower than four.)
 */
const ANY_RULE: ByKind<readonly RegExp[]> = byKind((kind) => {
  const byLanguage = new Map<string, string[]>();
  for (const r of RULES) {
    const language = r.id.split('.')[0] ?? r.id;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), ...r.patterns]);
  }
  return [...byLanguage.values()].map((patterns) => compile(patterns, kind, 'u'));
});

const EXCLUDE: ByKind<readonly RegExp[]> = byKind((kind) => EXCLUSIONS.map((p) => compile([p], kind, 'gu')));

/**
 * Every idiom in one regex, without the global flag (so no lastIndex state).
 * When it finds nothing, no idiom is in the text, so cutting them out one by
 * one would leave it unchanged and is skipped.
 */
const ANY_EXCLUSION: ByKind<RegExp> = byKind((kind) => compile(EXCLUSIONS, kind, 'u'));

/** Every lexicon entry id, for reporting. */
export const CRISIS_RULE_IDS: readonly string[] = Object.freeze(RULES.map((r) => r.id));

// Clause ends: end-of-clause entries ("ik wil niet meer.") need them; emoji count as one.
const CLAUSE_BREAK = /[!?;:,…\n\r]+|\p{Extended_Pictographic}/gu;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Letter-and-digit tokens read as leetspeak ("k1ll", "su1c1de"); pure numbers stay numbers. */
function unleet(s: string): string {
  // Without one of the digits read as letters there is nothing to change.
  if (!/[013457]/.test(s)) return s;
  return s.replace(/[\p{L}\p{N}]+/gu, (tok) =>
    /\p{L}/u.test(tok) && /\p{N}/u.test(tok) ? tok.replace(/[013457]/g, (d) => LEET[d] ?? d) : tok,
  );
}

/** The letter-class regexes `variants` needs, in the two versions of `Classes` (same results on ASCII text). */
interface TextRegexes {
  /** An apostrophe, dot, hyphen or underscore between two letters. */
  readonly glue: RegExp;
  /** Runs of 4 or more single letters separated by spaces ("s u i c i d e"). */
  readonly spelled: RegExp;
  /** A letter repeated. */
  readonly doubled: RegExp;
}

const TEXT_UNICODE: TextRegexes = {
  glue: /(?<=\p{L})['.\-_](?=\p{L})/gu,
  spelled: /(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}])){3,}/gu,
  doubled: /(\p{L})\1+/gu,
};
const TEXT_ASCII: TextRegexes = {
  glue: /(?<=[A-Za-z])['.\-_](?=[A-Za-z])/g,
  spelled: /(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z](?![A-Za-z0-9])){3,}/g,
  doubled: /([A-Za-z])\1+/g,
};

/**
 * The same ASCII text, stored one byte per character. Text that had an accent
 * or an emoji comes out of `normalize` and `replace` stored two bytes per
 * character even when every character left is ASCII; V8 then compiles each
 * lexicon regex a second time for that storage (megabytes of code for this
 * lexicon) and runs it more slowly. The readings are all derived from this
 * string with ASCII edits, so they inherit the compact storage.
 */
function oneByte(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

interface Variant {
  readonly text: string;
  readonly kind: Kind;
}

/**
 * Readings of one message. Several, because each undoes a different way of
 * writing: split words ("j'veux" / "jveux", "s.u.i.c.i.d.e"), spaced letters,
 * leetspeak, doubled letters ("suiccide"), clause marks kept or ignored.
 * Every reading is derived from `base` with ASCII-only edits, so when `base`
 * is ASCII all of them are, and the ASCII regexes are used throughout.
 */
function variants(raw: string): Variant[] {
  const folded = squeezeRepeats(normalise(raw.replace(CLAUSE_BREAK, ' . ')));
  const ascii = isAscii(folded);
  const base = ascii ? oneByte(folded) : folded;
  const re = ascii ? TEXT_ASCII : TEXT_UNICODE;
  const spaced = base.replace(/\./g, ' # ').replace(/['\-_+@]/g, ' ');
  const joined = unleet(
    base
      .replace(re.glue, '')
      .replace(/\./g, ' # ')
      .replace(/['\-_+@]/g, ' ')
      // "s u i c i d e" → "suicide" (runs of 4+ single letters).
      .replace(re.spelled, (run) => run.replace(/ /g, '')),
  );
  const readings = new Set<string>();
  for (const t of [spaced, joined]) {
    readings.add(tidy(t));
    readings.add(tidy(t.replace(/#/g, ' ')));
  }
  const out: Variant[] = [];
  for (const t of readings) {
    out.push({ text: t, kind: ascii ? 'plainAscii' : 'plain' });
    out.push({ text: t.replace(re.doubled, '$1'), kind: ascii ? 'collapsedAscii' : 'collapsed' });
  }
  return out;
}

function stripIdioms(text: string, kind: Kind): string {
  if (!ANY_EXCLUSION[kind].test(text)) return text;
  let t = text;
  for (const re of EXCLUDE[kind]) t = t.replace(re, ' | ');
  return t;
}

/**
 * Screens one message for acute suicide risk. Pure and deterministic; the
 * result names the matching lexicon entry, never the text itself.
 */
export function screenForCrisis(text: string): CrisisScreenResult {
  if (typeof text !== 'string' || text.trim() === '') return { hit: false };
  const readings: Array<{ text: string; kind: Kind }> = [];
  let any = false;
  for (const v of variants(text)) {
    const stripped = stripIdioms(v.text, v.kind);
    readings.push({ text: stripped, kind: v.kind });
    if (!any && ANY_RULE[v.kind].some((re) => re.test(stripped))) any = true;
  }
  if (!any) return { hit: false };
  for (const rule of COMPILED) {
    for (const r of readings) {
      if (rule.re[r.kind].test(r.text)) return { hit: true, rule: rule.id };
    }
  }
  return { hit: false };
}
