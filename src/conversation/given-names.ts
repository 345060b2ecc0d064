/**
 * Given names common among the programme's people (Belgium's three
 * languages, its neighbours, English), for one check: a single given name
 * answered to "their surname?" ("Jan", "Jupp", "Steve") is asked again, not
 * stored as the family name. Names that are also frequent Belgian family
 * names (Martin, Simon, Thomas, Laurent, Lambert, Michel, Bernard, Robert,
 * Henry, Jacobs, Nicolas, Vincent, Gilles, Philippe, Denis, Antoine…) are left
 * out on purpose: for them the answer is taken as given.
 */
const NAMES = `
aaron adam adrien agnes alain alexandra alexandre alexis alice aline amandine amelie an andre andrea andreas angelique anja ann anna anne annelies anneleen annick anouk arnaud arne astrid axel
bart bas ben benoit bernd bert bettina birgit bjorn brecht bram brigitte bruno
carine carla carmen caroline catherine cecile celine charlotte chloe christa christel christiane christine christophe claire claudia claudine corinne
dagmar danny dave david davy delphine dieter dirk dominique
ellen els elke emma eric erik erwin eva evelien
fabienne fanny filip florence frank frederic freddy
geert gerda gert gerhard gilbert greet gudrun guido gunter gunther
hanne hannelore hans heidi heike heinz helga helmut hilde horst hubert
ilse ina ines ingrid inge isabelle
jacques jan jana jean jef jelle jens jeroen jessica joachim joelle johan johanna jonas joost joris josef jupp jurgen justine
karel karin karl katrien katja kevin klaus koen kris kristof kurt
laura lea leen lena liesbeth lieve linda lisa liselotte lotte luc lucas luk luka
maarten manfred manon manuel marc marcel margot maria marie marieke marijke marina mario marion mark marleen martine mathias mathieu matthias maxime melanie michael michaela michiel monique
nadia nadine norbert natalie nathalie nele nick nico nicole nina noemie
olivier
pascal pascale patricia patrick paul peter petra pierre pieter
raf rainer ralf ramona reinhard rebecca regine reinhilde renate rik robby roel roger ronny rudi rudy ruth
sabine sabrina sam sandra sara sarah sebastien sepp serge sigrid silke simone sofie sonja sophie stefan stefanie steve steven stijn susanne sven sylvie
tanja thibaut thierry tim tine tom tobias toon
ulla ulrike ursula uwe
valerie vanessa veerle vera veronique
volker walter wendy werner wim wolfgang wouter
xavier yannick yves
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
