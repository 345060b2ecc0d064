import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/conversation/types.js';
import { CRISIS_FAMILIES } from '../../src/language/crisis-lexicon.js';
import { CRISIS_MODEL, TRAINED_ON, WITH_LEXICONS } from '../../src/language/crisis-model.generated.js';
import { compileModel, MODEL_MIN_WORDS, modelFeatures, modelReads, modelScore } from '../../src/language/crisis-model.js';
import { CRISIS_RULE_IDS, MODEL_RULE_ID, screenForCrisis, screenLexicons } from '../../src/language/crisis-screen.js';
import { readTokens } from '../../src/language/tokens.js';
import { GUARDED_LEXICONS } from '../../src/language/typo-guard.generated.js';
import { corpusDigest, HALVES, lexiconDigest, loadAll } from './corpus/corpus.js';

const READABLE = HALVES.filter((h) => h !== 'blind');

describe('crisis screen: what it reports', () => {
  it('names a known rule and family and the languages that matched, never the text', () => {
    const text = 'je veux mourir ce soir, personne ne le saura';
    const result = screenForCrisis(text);
    expect(result).toMatchObject({ tier: 'acute', languages: ['fr'] });
    expect(CRISIS_RULE_IDS).toContain(result.rule);
    expect(CRISIS_FAMILIES).toContain(result.family);
    const serialised = JSON.stringify(result);
    for (const word of ['mourir', 'soir', 'personne']) expect(serialised).not.toContain(word);
  });

  it('is deterministic: the same text gives the same result, whatever was screened before', () => {
    const text = 'ik zie het echt niet meer zitten, de winkel gaat dicht';
    const first = screenForCrisis(text);
    for (const other of ['hello', 'ich bringe mich um', 'je suis mort de rire']) screenForCrisis(other);
    expect(screenForCrisis(text)).toEqual(first);
  });

  it('reads empty, blank and non-string input as nothing', () => {
    for (const text of ['', '   ', '\n', '!!!', undefined as unknown as string]) {
      expect(screenForCrisis(text)).toEqual({ tier: 'none', languages: [] });
    }
  });

  it('reports the language of the words that matched, in every language', () => {
    expect(screenForCrisis('ik wil niet meer leven').languages).toEqual(['nl']);
    expect(screenForCrisis('ich will nicht mehr leben').languages).toEqual(['de']);
    expect(screenForCrisis('i want to kill myself').languages).toEqual(['en']);
    expect(screenForCrisis('je vais me tuer').languages).toEqual(['fr']);
  });

  it('screens a long message whole: a disclosure at its end is found', () => {
    const filler = 'La TVA du trimestre est en retard et le comptable attend les factures. '.repeat(40);
    expect(screenForCrisis(`${filler} Ce soir je vais me pendre dans la grange.`).tier).toBe('acute');
  });
});

describe('crisis screen: how people write it', () => {
  it.each([
    ['fr', 'je veux en finir'],
    ['fr', "j'ai tout ce qu'il faut dans la grange, la corde est prête"],
    ['fr', 'ma femme touchera l assurance, ce sera mieux pour tout le monde'],
    ['nl', 'de tabletten liggen klaar voor vannacht'],
    ['nl', 'zorg goed voor de kinderen als ik er niet meer ben'],
    ['de', 'ich möchte einfach einschlafen und nicht mehr aufwachen'],
    ['de', 'umbringen werd ich mich, wenn der Konkurs durch ist'],
    ['en', 'started cutting again after two years clean'],
    ['en', 'the rope is already up in the barn'],
    ['en', 'ive got the pills my doctor gave me saved up in the drawer, about 60 now'],
  ])('%s: "%s" is acute', (_lang, text) => {
    expect(screenForCrisis(text).tier).toBe('acute');
  });

  it.each([
    ['fr', "je n'en peux plus"],
    ['nl', 'ik zie het niet meer zitten'],
    ['de', 'ich kann nicht mehr'],
    ['en', "I can't do this anymore"],
  ])('%s: "%s" is possible (asked about, not assumed)', (_lang, text) => {
    expect(screenForCrisis(text).tier).toBe('possible');
  });

  it('reads one typo in a key word, and two letters swapped in a short one', () => {
    expect(screenForCrisis('je pense au suicde tous les soirs').tier).toBe('acute');
    expect(screenForCrisis('je vais me teur').tier).toBe('acute');
  });

  it('never reads a real word as a typo of a lexicon word', () => {
    // "prendre" is one letter from "pendre", "verrez" shares a stem with "verre".
    expect(screenForCrisis('je vais prendre le train de 8h demain').tier).toBe('none');
    expect(screenForCrisis('vous ne me verrez plus avant septembre, bonnes vacances').tier).toBe('none');
  });

  it('takes a wish as intent, and a wish denied as saying nothing', () => {
    expect(screenForCrisis('je veux mourir').tier).toBe('acute');
    expect(screenForCrisis('je ne veux pas mourir').tier).toBe('none');
    // Other words of the message still count.
    expect(screenForCrisis("je ne veux pas mourir mais je n'en peux plus").tier).toBe('possible');
  });

  it('cuts out idioms and titles where they stand, and only there', () => {
    for (const text of [
      'je suis mort de rire',
      'this deadline is killing me',
      'die btw aangifte gaat me nog doodmaken haha',
      'wir haben gestern Suicide Squad geschaut',
      'Beste klanten, na 31 jaar draag ik het kantoor over aan mijn opvolger. Bedankt voor alles!',
      "j'ai acheté une corde neuve pour attacher les ballots sur la remorque",
      'ik kan ni meer slapen van de stress',
    ]) {
      expect(screenForCrisis(text).tier, text).toBe('none');
    }
    expect(screenForCrisis('je suis mort de rire, mais ce soir je me tue').tier).toBe('acute');
  });

  it('reads a plan as a place, a way there and a time, without a verb of dying', () => {
    for (const text of [
      'vannacht na sluitingstijd rij ik naar de brug over het albertkanaal',
      'morgen gleich nach dem termin beim masseverwalter geh i zum steinbruch',
      'tomorrow straight after the meeting with the liquidator, up to the cliffs I am heading',
      "cette nuit j'irai au pont de Wandre",
      'Heut Nacht fahr i zur Europabrücke, des is der Plan',
    ]) {
      expect(screenForCrisis(text).tier, text).toBe('acute');
    }
  });

  it('reads what is worth more dead, what is left unsaid, a means found with its ammunition', () => {
    for (const text of [
      'Tot bin ich 200.000 Euro wert für meine Familie, lebendig nur Schulden',
      'Ohne mich könnten sie neu anfangen, ohne Schulden',
      'de koeien worden vanaf morgen gemolken door de gebuur, ik heb hem alles uitgelegd buiten het waarom',
      "Dad's shotgun is in the cabinet and I found where he kept the shells",
      'chaque matin je suis déçu de me réveiller',
      'I hope every day I fall from the scaffolding, then it is over',
    ]) {
      expect(screenLexicons(text).tier, text).toBe('acute');
    }
    expect(screenLexicons('amai, t is te veel, gewoon te veel voor een mens').tier).toBe('possible');
  });

  it('leaves a death wish turned away and a hike that wore one out alone', () => {
    for (const text of [
      'Nein nein, ich will nicht sterben, ich will, dass diese Schulden sterben!',
      'No no I do not want to die, I want these debts to die!',
      'Ik ga mezelf niks aandoen hé, ik wil gewoon een plan',
      'jme suis pendu au telephone toute la matinee avec le fournisseur',
      'Ik kan nie meer, 28 km gewandeld in de Ardennen, maar zalig',
      "Allez, je me jette à l'eau : j'ouvre ma deuxième friterie",
    ]) {
      expect(screenLexicons(text).tier, text).toBe('none');
    }
  });

  it('reads "never born" as a wish not to be, and regional spellings of the key words', () => {
    for (const text of [
      'was ik maar nooit geboren',
      'wär ich doch nie geboren worden',
      "wish i'd never been born",
      "dji m'va touwer",
      'ech maachen Schluss mam Liewen',
    ]) {
      expect(screenForCrisis(text).tier, text).not.toBe('none');
    }
  });

  it('leaves a denied thought, a refusal to give up and a figure of speech to the model at most: never acute', () => {
    for (const text of [
      "il m'a dit qu'il pense pas du tout à se faire du mal",
      "he said he's not thinking of hurting himself at all",
      'aan doodgaan of zo denk ik niet, ik wil gewoon een plan',
      'an Sterben oder so denk ich nicht, keine Sorge',
      'Je veux pas mourir, rassurez-vous, je veux un plan de paiement',
      '45000 euros de dettes mais je lâche rien',
      "I owe 45k but I'm not giving up",
      'En cassant mes prix je me suis flingué tout seul',
      'Diese Umsatzsteuervoranmeldung bringt mich um',
      'Die klant vermoordt me met zijn mails',
    ]) {
      expect(screenLexicons(text).tier, text).toBe('none');
      expect(screenForCrisis(text).tier, text).not.toBe('acute');
    }
    // Not these: a thought that is the only one, and a first person.
    expect(screenForCrisis('je ne pense qu’à me tuer').tier).toBe('acute');
    expect(screenForCrisis('i bring mi um, wenn der Gerichtsvollzieher no amoi kummt').tier).toBe('acute');
  });

  it('reads a quantity written in digits, and regional letters, as the words they stand for', () => {
    // 20 or more in digits is a quantity: pills counted and saved up.
    for (const text of [
      'ik heb 45 slaappillen opgespaard',
      'ich sammle seit Wochen Tabletten, 80 sind es schon',
      'been saving my sleeping pills, got 35 now',
    ]) {
      expect(screenLexicons(text), text).toMatchObject({ tier: 'acute', family: 'plan_means' });
    }
    expect(screenForCrisis('ik heb 45 minuten gewacht bij de apotheek voor mijn pillen').tier).toBe('none');
    // Bavarian "gsammelt" (gesammelt) and "lebn" (leben): read through letter changes, not a list of words.
    expect(screenLexicons('I hob de Tablettn gsammelt, hundert sans')).toMatchObject({ tier: 'acute', family: 'plan_means' });
    expect(screenLexicons('i mog nimma lebn').tier).toBe('acute');
  });

  it('reads a message passed on to the family, an engine left running, and an accident that would suit', () => {
    for (const [text, family] of [
      ['sag meiner Frau, dass ich sie lieb hab, ich kann es nimmer selber', 'farewell'],
      ['zeg aan mijn zus dat ik haar graag zie en dat het mij spijt', 'farewell'],
      ["I'm sitting in the garage, engine running, door shut", 'plan_means'],
      ["if a truck hit me tomorrow, honestly it'd suit me", 'passive_ideation'],
    ] as const) {
      expect(screenLexicons(text), text).toMatchObject({ tier: 'acute', family });
    }
  });

  it('leaves routine medication, safety gear, a sore back and a move abroad alone', () => {
    for (const text of [
      'mijn bloeddrukpillen vergeten, neem ze vanavond',
      'Nieuwe harnas en ladder gekocht voor het dak, vanaf maandag beginnen we',
      'my back hurts since the move',
      'Machts gut alle, ab Montag bin ich in Pension in Spanien',
      'ich häng mich morgen ans Telefon und ruf die Bank an',
    ]) {
      expect(screenForCrisis(text).tier, text).toBe('none');
    }
  });

  it('takes a "no" with a negation in its clause as a denial, and nothing else', () => {
    // A sentence that opens with a bare no and negates what follows says what the person is not doing.
    for (const text of [
      'non, je compte pas me pendre, je veux juste un délai pour la TVA',
      'nee hoor, ik ga mezelf niet ombrengen, ik zoek een boekhouder',
      'Nein, umbringen will ich mich nicht, ich brauch Hilfe mit der Bank',
      'nope, not going to kill myself, just need advice on the loan',
      'les dettes me pèsent, mais non je vais pas me tuer',
    ]) {
      expect(screenLexicons(text).tier, text).toBe('none');
    }
    // Not these: a "no" to something else, a negation the words carry, two negations, a doubt.
    for (const text of [
      'non ça va pas du tout, je vais me pendre ce soir',
      'nee, ik wil niet meer leven',
      "no, I can't promise I won't kill myself",
      'nein ich weiß nicht, ob ich mich heute umbringe',
      'Nein. Ich bring mich um.',
    ]) {
      expect(screenForCrisis(text).tier, text).toBe('acute');
    }
  });

  it('takes intent named with a "no" before it, or asked about and answered no, as a denial', () => {
    for (const text of [
      'er hat mir versichert, dass er sich nie etwas antun würde, er braucht einen Ratenplan',
      'hij heeft geen zelfmoordgedachten, het gaat om zijn schulden',
      "j'ai demandé à ma cliente si elle pensait à se faire du mal, elle m'a dit non",
      'I asked him straight if he was thinking of killing himself and he said no',
    ]) {
      expect(screenLexicons(text).tier, text).toBe('none');
    }
    // Not these: a no that does not stand before the intent, an answer that was yes.
    for (const text of [
      'ich sehe keinen anderen Ausweg als mich umzubringen',
      'I asked him if he was thinking of killing himself and he said yes',
    ]) {
      expect(screenForCrisis(text).tier, text).toBe('acute');
    }
  });

  it('reads a cut by accident or a cut in costs as no self-harm, and a self-correction as about the business', () => {
    for (const text of [
      'je me suis coupé au pouce avec le cutter, par accident, rien de grave',
      'I cut my hand by accident on the slicer, nothing serious',
      'ich hab mir aus Versehen mit dem Messer in die Hand geschnitten',
      'je vais y mettre fin, au magasin je veux dire, je prends ma pension',
      'I need to end it, the shop I mean, the lease is too high',
    ]) {
      expect(screenForCrisis(text).tier, text).not.toBe('acute');
    }
    expect(screenForCrisis('ich hab mir mit dem Messer in den Arm geschnitten, absichtlich').tier).toBe('acute');
  });

  it('reads joining one who died, a wish to be useful dead, and cuts and burns done on purpose', () => {
    for (const [text, family] of [
      ['mijn moeder is gestorven en ik wil gewoon bij haar zijn', 'passive_ideation'],
      ['mein Mann ist vor zwei Jahren gestorben, ohne ihn ist alles leer, ich will nur noch zu ihm', 'passive_ideation'],
      ['dood zou ik nuttiger zijn voor mijn gezin', 'burden_insurance'],
      ['kheb mijn arm expres tegen de kachel gehouden', 'self_harm'],
      ['er hat in drei Apotheken Schlaftabletten gekauft, damit keiner was merkt', 'plan_means'],
    ] as const) {
      expect(screenForCrisis(text), text).toMatchObject({ tier: 'acute', family });
    }
  });

  it('does not read Dutch or German "die" as the English verb', () => {
    expect(screenForCrisis('hab neues seil fürs gerüst bestellt, die alten sind abgelaufen').tier).toBe('none');
    expect(screenForCrisis('ik wil die factuur vandaag nog betalen').tier).toBe('none');
  });
});

describe('crisis model: the second reader', () => {
  it('turns the same words into the same buckets, and a text of one word into its letter groups', () => {
    const words = readTokens('je suis au fond du trou').words;
    expect(modelFeatures(words, 16)).toEqual(modelFeatures(words, 16));
    // " ab " gives " ab", "ab ", " ab " (3 groups); no pair for a single word.
    expect(modelFeatures(['ab'], 16)).toHaveLength(3);
    expect(modelFeatures(['ab', '#', 'ab'], 16)).toHaveLength(3);
  });

  it('reads only messages of at least MODEL_MIN_WORDS words', () => {
    expect(modelReads(readTokens('le soir après 19h').words)).toBe(false);
    expect(modelReads(readTokens('un deux trois quatre cinq six').words)).toBe(MODEL_MIN_WORDS <= 6);
  });

  it('scores a model of zero weights as its bias, and refuses weights of the wrong size', () => {
    const zero = compileModel({ bits: 4, weights: Buffer.alloc(16).toString('base64'), scale: 1, bias: -1.5, threshold: 0 });
    expect(modelScore(zero, ['quelque', 'chose'])).toBe(-1.5);
    expect(() => compileModel({ bits: 4, weights: Buffer.alloc(8).toString('base64'), scale: 1, bias: 0, threshold: 0 })).toThrow();
    expect(compileModel(CRISIS_MODEL).weights).toHaveLength(1 << CRISIS_MODEL.bits);
  });

  it('leaves a plain request for help to the form: the model does not read it, the lexicons still do', () => {
    for (const text of [
      'ik zou graag hulp willen voor mezelf',
      'I would like some help for myself please',
      'je voudrais de l aide pour moi svp',
      'ich hätte gern Hilfe für mich selbst, bitte',
    ])
      expect(screenForCrisis(text).tier, text).toBe('none');
    expect(screenForCrisis('hilfe, ich kann nicht mehr').tier).toBe('possible');
  });

  it('only ever adds a question to what the lexicons found: never removes a hit, never makes one acute', () => {
    let added = 0;
    for (const half of READABLE) {
      for (const item of loadAll(half)) {
        const alone = screenLexicons(item.text);
        const both = screenForCrisis(item.text);
        if (alone.tier !== 'none') {
          expect(both).toEqual(alone);
        } else if (both.tier !== 'none') {
          expect(both).toMatchObject({ tier: 'possible', rule: MODEL_RULE_ID, family: 'ambiguous_distress' });
          added++;
        }
      }
    }
    expect(added).toBeGreaterThan(0);
  });
});

describe('crisis screen: regional forms read as the standard word, everyday idioms left alone', () => {
  it.each([
    // A regional form is read even when the form is listed somewhere else as written.
    'i wü mi heid umbringa',
    // "an-" said "o-", a separable verb with "zu" inside, "aller-" before "letzte".
    'i wü ma heit nacht wos otuan',
    'ich hab beschlossen abzutreten, es reicht',
    'das ist meine allerletzte nachricht an euch',
    // "nua no" is "nur noch"; a blade into one's own arm, without a verb of cutting.
    'i bin nua no a last fia mei famüly',
    'hab ma mit da rasierklinge in den oarm gfahrn',
    // Means that "will do", a train that comes at a time.
    'mei gwehr is glodn, des wird reichen',
    'ich steh am bahnübergang, der zug kommt um 23 uhr',
  ])('%j is acute', (text) => {
    expect(screenForCrisis(text).tier).toBe('acute');
  });

  it.each([
    // Medication that does not help, or taken for a named complaint, is not a means.
    "trop de café aujourd'hui, et mes médicaments pour l'estomac ne font plus rien",
    'my heartburn pills arent helping today',
    // A fronted predicate denied: "Lebensmüde bin ich nicht".
    'Müde bin ich, lebensmüde bin ich aber nicht.',
    // Working oneself to death, said in dialect; "I could shoot myself" over a slip.
    'i arbeit mi no z tod in da werkstatt',
    'ich könnte mich erschießen, schon wieder den termin verschlafen',
    // Goodbyes before a holiday or a last day at work, in any of the four languages.
    'ciao tutti, camping in de Ardennen deze week',
    'farewell all, last day at the office after 20 years, thanks for everything',
  ])('%j raises no alarm', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });
});

describe("crisis screen: a wish denied, a reassurance, and endings that are not the person's", () => {
  it.each([
    // A death wish denied says nothing, in the four languages.
    "je suis crevée mais je n'ai aucune envie de mourir",
    'ik ben moe, maar ik wil niet dood',
    'ich bin erschöpft, aber ich will nicht sterben',
    "I'm exhausted but I don't want to die",
    // A possible sign outweighed by the person's own word that it will be all right.
    "j'en peux plus de cette paperasse, mais ça va aller",
    'ik zie het even niet meer zitten maar het komt wel goed',
    "I can't do this anymore, but it'll be fine, I just need a plan",
    // "Last message before ...", a business closing with thanks, the business that has no future.
    'dit is mijn laatste bericht voor mijn verlof, tot maandag',
    'Notre boulangerie ferme définitivement fin juin, merci à tous pour ces années',
    'Der Laden hat keine Zukunft mehr, ich fange im Herbst bei der Gemeinde an',
    // A pill box filled every Sunday, a blood test fasting.
    "I fill my dad's pill organiser every Sunday",
    'Blutabnahme morgen früh nüchtern, keine Tabletten vorher',
  ])('%j raises no alarm', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it.each([
    // A reassurance never outweighs an acute sign.
    'ça va aller, demain je me pends dans la grange',
    // Standing on a bridge above the motorway; a rope and a stool laid out; a blade and the need to bleed.
    'ich stehe auf der brücke über der autobahn',
    'sta op de brug over het kanaal, het is hier rustig',
    "je suis sur le pont au-dessus de l'autoroute, j'attends qu'il n'y ait plus personne",
    'das Seil und den Schemel hab ich in der Scheune bereitgelegt',
    'der Druck ist zu groß, ich muss bluten',
  ])('%j is acute', (text) => {
    expect(screenForCrisis(text).tier).toBe('acute');
  });
});

describe('crisis screen: who did the killing, a place picked, the means "not for" their use, and dialect kept', () => {
  it.each([
    // Someone else "killed" the writer: a work idiom.
    "mon comptable m'a tué avec ses questions aujourd'hui",
    'die Lieferanten haben mich heute umgebracht mit ihren Preisen',
    'die boekhouding verveelt mij dood',
    // Someone else's suicide, completed, told as a loss.
    'mijn oom heeft in 2019 zelfmoord gepleegd, vandaag is het zijn verjaardag',
    "un ancien client s'est suicidé l'an dernier, ça me travaille encore",
    'ein Nachbar hat sich vor Jahren erhängt, wir gehen heute zum Grab',
    'my uncle took his own life in 2010, we light a candle every year',
    // A trip, a "Dutch" body word that is a pronoun, a business given up.
    'salut à tous, on part samedi au Portugal, pas de réseau là-bas',
    'ik kan die aannemer wel schieten, alweer te laat',
    'Die Bäckerei gebe ich auf, ich fange im Supermarkt an',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it.each([
    // A past attempt that was not a completed suicide stays a crisis.
    'mijn klant heeft vorig jaar bijna zelfmoord gepleegd en nu begint het weer',
    'hij zegt dat hij zich gaat verhangen als de bank belt',
    'he tried to kill himself last spring and now he talks about it again',
    // A place picked out, with secrecy or a time.
    "j'ai trouvé un endroit au bord du canal, personne ne le sait",
    "I've picked a spot on the bridge, tonight nobody will be there",
    // Means "not for" their ordinary use, and how much it takes.
    'die Schnur hab ich gekauft, aber nicht für den Zaun',
    'ik heb gif besteld, niet voor de ratten',
    'hab gelesen wie viel Insulin man braucht, ich hab genug',
    // A train that does not stop; the only way out; tried, and this time for real.
    "je suis sur le quai et j'attends un train qui ne s'arrête pas",
    'für mich ist der Tod der einzige Ausweg',
    'I nearly did it last month, this time I will go through with it',
    // Verb-final German: the reflexive far from its verb.
    'ich habe beschlossen, dass ich mich nach der Versteigerung des Hofes töte',
    // In order not to be there any more.
    'ik heb pillen genomen om er niet meer te zijn',
  ])('%j is a crisis', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    // Means kept secret; a rope hung and the day come.
    "j'ai mis le fusil de mon père dans la grange, ne le dis à personne",
    'die Pillen liegen im Handschuhfach, sag es niemandem',
    'das Seil hängt schon in der Scheune, heute ist der Tag',
    // A height stood at, and next time; a silo looked down from longer each time.
    'gestern stand ich lang am Steinbruch oben, beim nächsten Mal bleib ich nicht stehen',
    'I stood at the edge of the quarry last night, I have picked the day',
    'every night I climb the silo and look down a little longer',
    // The time of the freight train, known.
    'ik weet hoe laat de laatste goederentrein passeert, ik ga er straks heen',
    // An "emergency exit" kept with the pills.
    'the sleeping pills in the drawer are my emergency exit',
    // Farewells: the only one who listened; letters left where they will be found.
    "merci pour tout, tu étais la seule qui m'écoutait vraiment. adieu",
    'die Briefe an meine Kinder liegen im Schreibtisch, der Schlüssel ist beim Nachbarn',
    // Swiss "-ig" for "-ung"; "I'll not be here" in the plain order.
    'd Versicherig zahlt alles wenn ich tot bi',
    'morgen früh bin ich nicht mehr da',
    // Wishing a lorry would take one along; leaving this world.
    'manchmal wünsch ich, ein Laster würde mich einfach mitnehmen',
    'ich will mich noch diese Woche von dieser Welt verabschieden',
  ])('%j is acute', (text) => {
    expect(screenForCrisis(text).tier).toBe('acute');
  });

  it.each([
    // A rope for a bull, a beam to repair, a spray to bring back; a retirement with gifts.
    'mit dem Seil hab ich den Stier in den Stall gezogen',
    'der Balken in der Scheune ist morsch, ein Zimmermann muss kommen',
    "Dernier jour à l'atelier après 40 ans, merci pour tout, mes outils vont à l'apprenti",
    "the train times for tomorrow's meeting in Brussels are on the website",
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it.each([
    // A dose given by mistake, asked about.
    "j'ai donné 2 cuillères de sirop au lieu d'une au petit, c'est une surdose ?",
    'my son got 10 ml of paracetamol syrup instead of 5 by mistake, is that an overdose?',
    // Someone else's death, with its owner; worn out with someone.
    "since my mother's death I work less, I want more time for the farm",
    'je suis à bout avec eux, la banque ne rappelle jamais',
    'ik kan die boekhouder niet meer zien, hij antwoordt nooit',
    "I can't take this landlord any more, third letter this month",
    // Palliative care; a pilgrimage.
    "papa est en soins palliatifs, le médecin dit que c'est la fin",
    'ich pilgere ab Montag nach Rom, ihr hört drei Wochen nichts von mir',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it.each([
    // A crash staged as an accident; a bridge where nobody is at night; which bridge.
    'je vais rentrer dans un platane avec la camionnette, ça passera pour un accident',
    'ik rij met de wagen tegen een boom, dan denkt iedereen dat het een ongeval was',
    'er het brug bij het kanaal waar niemand komt s nachts, daar ga ik',
    'I know which bridge, the old one over the river',
    // "Don't look for me"; thanks before leaving for good.
    'les clés sont chez le voisin. ne me cherchez pas',
    'sucht mich nicht, es ist besser so',
    'I wanted to thank someone before I go for good',
    // Would rather be dead; scratching to blood; stopping with living too.
    "je préférerais être morte, c'est tout",
    'hij krabt zijn armen open tot bloedens',
    'na de verkoop stop ik ermee. met alles. ook met leven',
    // Means kept for when the time comes; a date chosen with the pills; the timetable of the rails behind.
    'the gas bottle is in the shed, for when the time comes',
    'ik heb de datum gekozen en de pillen liggen klaar',
    'les rails passent derrière l atelier, j ai regardé les horaires',
    // A crash that would be welcome; let him die; a weapon and what to do with it.
    'als er een vrachtwagen tegen mijn auto knalt, is het ook goed',
    'he keeps saying we should just let him die',
    'le fusil est au grenier, je sais ce que je vais en faire',
  ])('%j is a crisis', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    'de bank draait me de strop om de nek voor één factuur',
    'ma mère n a plus de cachets pour le coeur, je file à la pharmacie de garde',
    'het lijkt een ongeval, zegt de politie over de crash op de E40',
    'wir sehen uns nachts nicht, keiner ist dann im Büro',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it.each([
    // A vehicle hoped to roll over, one truck and it's over; life insurance and an accident.
    'ma femme espère que le camion lui roule dessus, dit-elle',
    'ik hoop dat de tractor eens kantelt met mij erin',
    'one truck in my lane and it would be over',
    'zahlt die Lebensversicherung auch bei einem Unfall?',
    // Feeling nothing, not even for the children; drowning and nobody sees.
    'is it normal to feel nothing anymore, not even for my kids',
    'je me noie et personne ne voit rien',
    // Stepping out of everything; a bridge stopped at to look down; the gun cabinet key.
    'na de verkoop stap ik eruit. uit alles.',
    'I keep stopping on that bridge to look down',
    "still have the key of the gun cabinet, that's all I need",
  ])('%j is a crisis', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    'on joue une pièce de théâtre sur le suicide avec la troupe samedi',
    'Schlagzeile in der Zeitung: weniger Suizide in der Region',
    'crevé, la vache a vêlé cette nuit, fatigué de tout ça mais on continue',
    'its over for the food truck, selling it to a guy from Gent',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it('does not read the death of someone named with it as a wish (the lexicons; the model may still ask)', () => {
    expect(screenLexicons('seit Vaters Tod will ich mehr Zeit mit der Familie').tier).toBe('none');
  });

  it('keeps a regional word readable after it is respelled ("kan" is "kein" in Vienna, "kann" elsewhere)', () => {
    expect(screenForCrisis('i siech kan ausweg mehr').tier).not.toBe('none');
  });

  it('reads tiredness of fighting as distress, but not a fight with someone', () => {
    expect(screenForCrisis('ich bin so müde vom Kämpfen').tier).toBe('possible');
    expect(screenForCrisis('tired of fighting with the bank over the loan').tier).toBe('none');
  });
});

describe('crisis screen: knowing where, how many kept, cuts under sleeves; tax, homework, hellos and warnings', () => {
  it.each([
    // Where it will be done, and a height or water named after it.
    'i woass scho wo i spring, bei da Reichsbruckn',
    'ik weet al waar ik spring. de brug over de Schelde',
    'I know where I will jump. The old viaduct near the quarry.',
    'je sais d où je vais sauter, le pont de l autoroute',
    // How many pills it takes, and the pills saved up or put away.
    'I checked how many tablets it takes, they are in the drawer now',
    'opgezocht hoeveel slaappillen nodig zijn, ze liggen in de schuif',
    // Cuts seen and sleeves kept long: someone else who harms themselves.
    'mein Lehrling trägt immer lange Ärmel, ich hab die Schnitte gesehen, er macht das selber',
    'she always wears long sleeves and I saw the cuts, she does it to herself',
    // Swiss and Kölsch forms; a wish to be dead with a word between.
    'wänn mi de Zug erwischt, wär mer das rächt',
    'han jenoch Tablette, morje nemm ich se',
    'ich wäre gerne einfach tot',
    'weiss nöd wie lang ich das no pack',
  ])('%j is a crisis', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    // Life insurance asked about as a tax matter.
    'j ai une assurance-vie pour le prêt de la maison, c est déductible des impôts ?',
    'kan ik de premie van mijn levensverzekering voor de lening van de belastingen aftrekken?',
    // Homework about a play's deaths; "at the end" of the story.
    'homework on Romeo and Juliet: why do they kill themselves at the end?',
    'Referat über Romeo und Julia: warum nehmen die sich das Leben?',
    // Going away, not on holiday, because of a move: no leaving for good.
    'je pars, et pas en vacances, je déménage à Namur',
    'we gaan weg, maar niet op vakantie, we verhuizen naar Spanje',
    // "Salut tout le monde" is a hello; a lone "bye" after a trip.
    'salut tout le monde, quelqu un a le numéro du comptable ?',
    'off to the coast with the kids, bye!',
    // Pills not to be taken with alcohol: a warning.
    'die Ärztin sagt, die Schlaftabletten nicht mit Alkohol nehmen',
    // Someone else who "killed" me; feet that kill me.
    'de Chef het mi hüt fasch umbracht mit sine Termine',
    'klaar en gedaan met die verbouwing, eindelijk',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it('a holiday denied is no holiday: "not on holiday" still says where the person is going', () => {
    expect(screenForCrisis('ich wär gern weg, nicht in Urlaub, tot').tier).not.toBe('none');
    expect(screenForCrisis('ik vertrek, en niet op vakantie').tier).not.toBe('none');
    expect(screenForCrisis("I'm going away, and not on holiday").tier).not.toBe('none');
  });

  it('Dutch "tot" is "until" only before a time: German "weg, am besten tot" keeps its death word', () => {
    expect(screenForCrisis('ich will nur noch weg, am besten tot').tier).toBe('acute');
    expect(screenForCrisis('ik ben weg tot 3 januari, daarna terug').tier).toBe('none');
  });

  it('the grief of a father gone does not hide the wish to join him', () => {
    expect(screenForCrisis("je veux le rejoindre, mon père, il est parti l'an passé").tier).toBe('acute');
  });

  it('an animal put down by the writer is not the writer killing themselves', () => {
    expect(screenForCrisis('had to shoot the old horse myself this morning').tier).not.toBe('acute');
  });
});

describe('crisis screen: a date picked, letters and then quiet, animals given away, and not coming down', () => {
  it.each([
    // A date picked, said as a headline.
    'Datum ausgesucht: der 12., nach dem Jahresabschluss.',
    'date picked: the 2nd, after the auction',
    // Letters left, then peace.
    'les lettres sont sur la table du salon. après ce sera le calme',
    'the letters are in the drawer. then it will be quiet',
    // The animals given away and tomorrow it is over.
    'ik heb de paarden verkocht en de hond naar mijn zus gebracht, morgen is het voorbij',
    // Up there once, not coming down this time.
    "j'étais déjà sur le toit de la grange la semaine passée et je suis redescendu. ce soir je ne redescendrai pas",
    // A deserted bridge asked about; lethal for sure.
    'il demande à quelle heure le viaduc est désert',
    'er wollte wissen, ob man von der Brücke sicher tot ist',
    // Looked up how many to take, and it is enough.
    'I looked up how many you have to take, I have enough',
    // Pills hoarded and hidden; someone with a gun who does not answer.
    'mijn vader spaart pillen op, ik heb ze verstopt gevonden in de schuur',
    'mon frère est parti avec le fusil et il ne répond pas au téléphone',
    // A wish to be dead said the German way; no help needed from tomorrow.
    'tot sein wäre einfacher als das alles',
    'danke euch. ab morgen brauch ich keine Hilfe mehr',
    'if you are reading this I am gone',
    // A sentinel who does not know whom to tell ("prévenir" is no title).
    "il m'a dit qu'il allait se tuer ce soir, je ne sais pas qui prévenir",
    // A family group chat, a class or a workshop is no title: what is said beside them still counts.
    "sur le groupe WhatsApp de la famille, mon frère a écrit qu'il allait se tuer",
    "j'ai cours du soir demain mais je veux juste mourir",
    // Someone else who cuts themselves; a code left "for afterwards"; a goodbye written to the children.
    'mijn zoon snijdt zich, ik zag het aan zijn armen',
    'ik heb de code van de kluis bij de notaris gelegd, voor achteraf, samen met een brief',
    'he sent a letter saying goodbye to his kids and did not come to the hearing',
  ])('%j is a crisis', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    // A retirement and an emigration said with goodbyes.
    "j'ai fait mes adieux à la clientèle, place aux jeunes",
    'we emigreren naar Nieuw-Zeeland, vaarwel allemaal',
    // A deadline regretted the French way; a man on the news who jumped to save someone.
    "je me tuerais d'avoir oublié la facture",
    'on the news a fireman jumped into the river to save a child',
    // Three weeks away and the neighbour feeds the animals.
    'Adieu tout le monde, je pars deux semaines en Ardèche, la voisine s occupe du chat',
    // Meds picked up for the quarter.
    'got three months of pills at once, saves me a trip',
  ])('%j is not a crisis', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });

  it('reads the proverb as a proverb (the lexicons; the model may still ask)', () => {
    expect(screenLexicons('was mich nicht umbringt, macht mich stärker').tier).toBe('none');
    expect(screenForCrisis('was mich nicht umbringt, macht mich stärker').tier).not.toBe('acute');
  });
});

describe('crisis screen: indirect signs, regional plans, and the ordinary reading denied', () => {
  it.each([
    // Relief at a fatal diagnosis, said as a hypothesis; envying the dead; a heart attack wished for.
    ["si le médecin m'annonçait un cancer, je serais soulagé", 'fr'],
    ['als ze kanker vinden bij de controle, zou ik opgelucht zijn eerlich', 'nl'],
    ['wenn der Arzt morgen Krebs findet, wär ich erleichtert', 'de'],
    ["if the biopsy shows cancer I'd honestly be relieved", 'en'],
    ['ik ben jaloers op de mensen in de overlijdensberichten', 'nl'],
    ['I envy the dead people in the obituaries', 'en'],
    ['un bon infarctus, voilà ce qui me ferait du bien', 'fr'],
    // Driving into a tree or the wrong way, as one's own plan; one step from the edge; a tree without a belt.
    ['i fohr morgn mim auto gega an baam', 'de'],
    ["je prends l'autoroute à contresens ce soir", 'fr'],
    ['die boom aan de bocht, zonder gordel is dat genoeg', 'nl'],
    ["the quarry edge, it's just one step", 'en'],
    // A lethal dose looked up; a river at night and no swimming; the vet's drug and how much.
    ['ich weiss jetzt welche dosis tödlich ist, die packungen liegen bereit', 'de'],
    ['de Maas vanavond, ik kan niet zwemmen', 'nl'],
    ["combien du produit du vétérinaire pour endormir un cheval, c'est pour moi", 'fr'],
    // Scheduled messages, own grave arranged with a time, the holiday reading denied.
    ['ik heb een laatste bericht ingepland voor zaterdag, het spijt me', 'nl'],
    ['Ich hab mein Grab reserviert, nächste Woche brauch ich es', 'de'],
    ['not a holiday, I am gone for good', 'en'],
    ['kein Urlaub. Ich bin dann weg, für immer', 'de'],
    // Kölsch and Austrian forms.
    ['hab misch jeritz jestern', 'de'],
    ['am Sonntag fahr ich auf den Gipfel und komm nimma owa', 'de'],
  ])('%j (%s) is a crisis message', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    ["On s'est fait flinguer par les grandes surfaces", 'fr'],
    ['Pot d’adieu samedi au café, tous les clients sont invités', 'fr'],
    ['Den Auftrag anzunehmen war ein Selbstmordkommando, aber wir schaffen das', 'de'],
    ['200 m touw en spanriemen gekocht voor de hooiwagen, is dat aftrekbaar?', 'nl'],
    ["I don't wake up rested anymore, could it be stress?", 'en'],
    ['ich wach nachts nicht mehr auf seit den neuen Tabletten, endlich durchschlafen', 'de'],
    ['dit is mijn laatste bericht hier, het gaat veel beter en ik heb een psycholoog', 'nl'],
    ["la compta c'est la corde au cou, mais j'ai trouvé un comptable", 'fr'],
    ['Ik woon in Antwerpen sinds 2018 en de winkel heropent na de zomer', 'nl'],
  ])('%j (%s) is left alone by the lexicons', (text) => {
    expect(screenLexicons(text).tier).toBe('none');
  });
});

describe('crisis screen: dialect endings, a burden said of another, and the hyperbole of "it is killing me"', () => {
  it.each([
    // Austrian and Swiss forms of "Schluss mit mir", "mir das Leben nehmen", "gibt es mich nicht mehr".
    ['heid nocht moch i schluss mid mia', 'de'],
    ['ich wott mir s läbe näh', 'de'],
    ['nach der Versteigerung gibts mi nimmer', 'de'],
    // Third person present of waking; a burden said of someone by a relative.
    ['sie sagt, sie hofft, dass sie nicht mehr aufwacht', 'de'],
    ["mon père dit qu'il n'est qu'un fardeau pour nous", 'fr'],
    // Indifference to dying; a walk with no return; a towel thrown in on everything.
    ['ça me gênerait pas de crever cette nuit', 'fr'],
    ["I'd take a long walk and not come back", 'en'],
    ['ready to throw in the towel. On everything.', 'en'],
    ['ik wou dat ik kon verdwijnen', 'nl'],
  ])('%j (%s) is a crisis message', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    ['die Frist bringt mich noch um, aber morgen ist Abgabe', 'de'],
    ['hoffentlich wacht der Kleine nicht mehr auf bis sechs', 'de'],
    ['One of my customers died by suicide last year, I think of her often', 'en'],
    ['Am Freitog kommt da Steuerberater, endlich', 'de'],
    ['vanaf maandag ben ik er niet meer, ik begin bij een ander kantoor', 'nl'],
    ["c'est qu'un poids administratif de plus", 'fr'],
  ])('%j (%s) is left alone by the lexicons', (text) => {
    expect(screenLexicons(text).tier).toBe('none');
  });
});

describe('the dev34 round: glued words, conditions on a business event, lethality asked, dark jokes', () => {
  it.each([
    // Glued "nichtmehr", Rhineland and Swiss forms.
    ['will echt nichtmehr leben', 'de'],
    ['wat soll dat alles noch', 'de'],
    ['des isch mini letschti Nachricht', 'de'],
    // A condition tied to the business, and being found.
    ['wenn die Bank nein sagt, bin ich nicht mehr da', 'de'],
    ['als de bank weigert, vinden ze mij niet levend', 'nl'],
    ["they'll find me in the shop, not alive", 'en'],
    // The means asked about, or kept for a plan.
    ['wieviele Tabletten bräuchte man, damit es reicht?', 'de'],
    ['hoeveel pillen moet je nemen om zeker te zijn', 'nl'],
    ['combien de cachets pour un homme de 80 kilos', 'fr'],
    ['how many tablets to be sure', 'en'],
    ['den Traktor in der Scheune laufen lassen, Tor zu', 'de'],
    ['le moteur qui tourne dans le garage fermé, voilà mon plan', 'fr'],
    // Taken along with the animals; a burden with the estate.
    ['ze mogen mij er direct bij ruimen', 'nl'],
    ['mijn vrouw is beter af met de erfenis dan met mij', 'nl'],
    // Farewell to the world; scheduled goodbyes.
    ['pfiat di welt', 'de'],
    ['scheduled messages to my sons, a goodbye and a sorry', 'en'],
    ['leben? nein danke', 'de'],
  ])('%j (%s) is a crisis message', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    ['Lieber sterb ich, als nochmal die Inventur zu machen', 'de'],
    ['Zug fällt aus, Ersatzbus ab Gleis 2', 'de'],
    ['Jagdsaison: Gewehr zum Büchsenmacher gebracht', 'de'],
    ['je préfère mourir que refaire la déclaration TVA, mdr', 'fr'],
    ['Tabletten genommen wie der Arzt gesagt hat, jetzt schlafen', 'de'],
    ['Nein, ich hab keine Gedanken, mir was anzutun, ich brauch nur Rat', 'de'],
  ])('%j (%s) is left alone', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });
});

describe('the dev35 round: fate and faith, the dead waiting, form answers, methods at home', () => {
  it.each([
    // Asking God or fate to be taken, and the dead one waited for.
    ['Herrgott, hol mich endlich zu dir', 'de'],
    ['que le Bon Dieu me reprenne, je suis prête', 'fr'],
    ['ik bid elke avond dat Hij me komt halen', 'nl'],
    ['every night I ask the Lord to take me home', 'en'],
    ["ma mère m'attend de l'autre côté, j'ai hâte de la rejoindre", 'fr'],
    ['Mum passed last spring. I keep asking her if there is room next to her.', 'en'],
    // Do not look for me; a last wish; when you read this.
    ['sucht mich nicht, es ist besser so', 'de'],
    ['zoek me niet, het is beter zo', 'nl'],
    ["ne me cherchez pas, c'est mieux ainsi", 'fr'],
    ["please don't look for me after tonight", 'en'],
    ['wenn ihr das lest, bin ich schon weg', 'de'],
    // Methods at home and on the road.
    ['der Holzkohlegrill steht im Schlafzimmer, Fenster zu', 'de'],
    ['ohne zu bremsen in die Kurve, da wo die Mauer steht', 'de'],
    ['ik rij morgen de snelweg op in de verkeerde richting', 'nl'],
    ["I'll be dead before the end of the month", 'en'],
    ['been cutting again', 'en'],
  ])('%j (%s) is a crisis message', (text) => {
    expect(screenForCrisis(text).tier).not.toBe('none');
  });

  it.each([
    ['Ich fühl mich wie ein Versager, ich schaff keine zwei Jahre wie mein Vater', 'de'],
    ['Je relis Simenon, « Les Suicidés », un bon roman', 'fr'],
    ['Danke für alles und tschüss, mein Vertrag endet, ab Montag übernimmt mein Nachfolger', 'de'],
    ["I'll be dead tired before Friday with all these invoices", 'en'],
    ['cutting costs again this quarter', 'en'],
  ])('%j (%s) is left alone', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });
});

describe('generated language data is up to date', () => {
  it('the model was trained on the readable halves as they are, with the lexicons as they are', () => {
    expect(TRAINED_ON, 'run npm run crisis:train').toBe(corpusDigest(READABLE));
    expect(WITH_LEXICONS, 'run npm run crisis:train').toBe(lexiconDigest());
  });

  it('the typo guard was made for the lexicons as they are', () => {
    expect(GUARDED_LEXICONS, 'run npm run lexicon:guard').toBe(lexiconDigest());
  });

  it('every language has a lexicon that screens', () => {
    for (const lang of LANGS) expect(CRISIS_RULE_IDS.some((id) => id.startsWith(`${lang}.`))).toBe(true);
  });
});

describe('crisis screen: debts that die with one, a thought denied, a goodbye with an ordinary reason', () => {
  it.each([
    ['fr', 'les dettes meurent avec moi non? alors mes enfants seront libres'],
    ['de', 'Die Schulden sterben mit mir. Dann sind die Kinder frei.'],
    ['nl', 'de schulden sterven met mij mee, dan is mijn vrouw vrij'],
    ['en', 'the debts die with me, then my kids are free'],
    ['en', "I won't be a problem much longer."],
    ['nl', 'Ge moet u geen zorgen maken, binnenkort zijt ge van mij verlost.'],
    ['nl', 'Dood zijn zou een opluchting zijn.'],
    ['en', "last msg. you won't hear from me again"],
    ['de', 'noch 9 tage bis das insolvenzverfahren eröffnet wird. bis dahin bin ich tot, das steht fest'],
    ['de', 'nach der prüfung bin ich raus aus allem, die können dann mit meiner Leiche verhandeln'],
  ])('[%s] %j is acute', (_lang, text) => {
    expect(screenLexicons(text).tier).toBe('acute');
  });
  it.each([
    ['fr', "Non, je n'ai pas d'idées de me faire du mal. J'ai besoin d'aide pour l'ONSS."],
    ['de', 'Nein, ich habe keine Gedanken, mir das Leben zu nehmen.'],
    ['en', "No, I'm not having thoughts of harming myself."],
    ['nl', 'Na 42 jaar achter de toonbank ga ik met pensioen. Bedankt aan al onze trouwe klanten, het ga jullie goed.'],
    ['en', 'flying to bali tmrw, bye everyone'],
    ['nl', 'Ik vertrek morgen te voet naar Rome, drie maanden zonder gsm. Jullie horen niets meer van mij tot juni'],
    ['nl', 'Amai, die deadline brengt mij om. Maar vrijdag is het klaar.'],
    ['de', 'Das machst du nur über meine Leiche, sag ich zum Steuerberater.'],
    ['fr', "C'est la drache dans ma tête. Mais je veux vivre, hein, je veux juste que ça devienne plus léger."],
  ])('[%s] %j is no sign for the lexicons', (_lang, text) => {
    expect(screenLexicons(text).tier).toBe('none');
  });
  it('a thought denied only when the "no" is tied to it: "I never thought I\'d want to kill myself" is still a sign', () => {
    expect(screenLexicons("I never thought I'd want to kill myself, but now I do").tier).toBe('acute');
  });
});

describe('crisis screen: pictures for a means, a business decision called suicide, a question answered no', () => {
  it.each([
    ['de', '🪢 Garage. Heute.'],
    ['en', '🪢 in the barn. tonight.'],
    ['de', '💊💊💊💊💊 alle gesammelt. reicht jetzt.'],
  ])('[%s] %j is acute', (_lang, text) => {
    expect(screenLexicons(text).tier).toBe('acute');
  });
  it.each([
    ['fr', 'Ouvrir un deuxième salon en pleine crise, mon banquier appelle ça du suicide.'],
    ['nl', 'Dat is toch pure zelfmoord voor een bakkerij.'],
    ['de', 'Das ist glatter Selbstmord, die Preise jetzt zu senken.'],
    ['de', 'Auf die Frage, ob ich schon mal daran gedacht hab, mir das Leben zu nehmen: nein, nie.'],
    ['nl', 'Ben je levensmoe, vroeg ik aan mijn zoon die zonder kettingen de Alpen over wil.'],
    ['en', 'this deadline 🔫'],
  ])('[%s] %j is no sign for the lexicons', (_lang, text) => {
    expect(screenLexicons(text).tier).toBe('none');
  });
  it('a "no" taken back is no answer: "ob ich mich umbringen will: nein, aber ich denke oft daran" is a sign', () => {
    expect(screenLexicons('Sie fragen, ob ich mich umbringen will: nein, aber ich denke oft daran').tier).toBe('acute');
  });
});

describe('crisis screen: what the review of this round found, each still a sign', () => {
  it.each([
    ['en', 'I never stop thinking about killing myself.'],
    ['nl', 'Geen dag zonder gedachten aan zelfmoord.'],
    ['de', 'Keinen Tag ohne Gedanken an Selbstmord.'],
    ['fr', 'Aucun jour sans penser à me tuer.'],
    ['en', 'I asked him if he wants to kill himself. No idea what to do, he has a rope.'],
    ['en', "If I'm honest, I want to kill myself. No, I'm not joking."],
    ['fr', "Je veux pas me suicider mais j'y pense tout le temps."],
    ['nl', 'Volgens mij is hij levensmoe.'],
    ['de', 'Seit dem Tod seiner Frau ist er lebensmüde.'],
  ])('[%s] %j', (_lang, text) => {
    expect(screenLexicons(text).tier).toBe('acute');
  });
});
