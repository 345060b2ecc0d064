/**
 * Given names common among the programme's people (Belgium's three
 * languages, its neighbours, English), for one check: a single given name
 * answered to "their surname?" ("Jan", "Jupp", "Steve") is asked again, not
 * stored as the family name. Names that are also frequent Belgian family
 * names (Martin, Simon, Thomas, Laurent, Lambert, Michel, Bernard, Robert,
 * Henry, Jacobs, Nicolas, Vincent, Gilles, Philippe, Denis, Antoine, David,
 * Marc, Jean, Pierre, Paul, Olivier, Pascal, Mathieu, Hubert, Lucas, Adam,
 * Jacques, Gilbert, Roger, André, Luc…) are left out on purpose: for them the
 * answer is taken as given.
 */
const NAMES = `
aaron adrien agnes alain alexandra alexandre alexis alice aline amandine amelie an andrea andreas angelique anja ann anna anne annelies anneleen annick anouk arnaud arne astrid axel
bart bas ben benoit bernd bert bettina birgit bjorn brecht bram brigitte bruno
carine carla carmen caroline catherine cecile celine charlotte chloe christa christel christiane christine christophe claire claudia claudine corinne
dagmar danny dave davy delphine dieter dirk dominique
ellen els elke emma eric erik erwin eva evelien
fabienne fanny filip florence frank frederic freddy
geert gerda gert gerhard greet gudrun guido gunter gunther
hanne hannelore hans heidi heike heinz helga helmut hilde horst 
ilse ina ines ingrid inge isabelle
 jan jana jef jelle jens jeroen jessica joachim joelle johan johanna jonas joost joris josef jupp jurgen justine
karel karin karl katrien katja kevin klaus koen kris kristof kurt
laura lea leen lena liesbeth lieve linda lisa liselotte lotte luk luka
maarten manfred manon manuel marcel margot maria marie marieke marijke marina mario marion mark marleen martine mathias matthias maxime melanie michael michaela michiel monique
nadia nadine norbert natalie nathalie nele nick nico nicole nina noemie

 pascale patricia patrick peter petra pieter
raf rainer ralf ramona reinhard rebecca regine reinhilde renate rik robby roel ronny rudi rudy ruth
sabine sabrina sam sandra sara sarah sebastien sepp serge sigrid silke simone sofie sonja sophie stefan stefanie steve steven stijn susanne sven sylvie
tanja thibaut thierry tim tine tom tobias toon
ulla ulrike ursula uwe
valerie vanessa veerle vera veronique
volker walter wendy werner wim wolfgang wouter
xavier yannick yves
jean-pierre jean-marc jean-luc jean-paul jean-claude jean-louis jean-francois jean-michel jean-philippe marie-claire
marie-christine marie-france anne-marie anne-sophie anne-catherine pierre-yves paul-henri hans-peter karl-heinz
hans-jurgen klaus-dieter
`
  .split(/\s+/)
  .filter(Boolean);

const GIVEN = new Set(NAMES);

/** Whether a word is one of the common given names above (compared without accents or case). */
export function isGivenName(word: string): boolean {
  const folded = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  // "Jean-Pierre", "Hans-Peter": every part a given name.
  return GIVEN.has(folded) || (folded.includes('-') && folded.split('-').every((part) => GIVEN.has(part)));
}

/**
 * Names as often given as family names in Belgium (the ones left out above):
 * "Martin Thomas" to "their surname?" may be either way round, so it is asked.
 */
const BOTH_WAYS = new Set(
  'martin simon thomas laurent lambert michel bernard robert henry nicolas vincent gilles philippe denis antoine david marc jean pierre paul olivier pascal mathieu hubert lucas adam jacques gilbert roger andre luc'.split(
    ' ',
  ),
);

/** Whether a word is a name as often given as family ("Martin", "Thomas"). */
export function isGivenOrFamilyName(word: string): boolean {
  return BOTH_WAYS.has(
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );
}
