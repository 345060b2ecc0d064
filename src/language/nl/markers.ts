/**
 * Words that tell Dutch (Flemish and Netherlands forms) apart from French,
 * German and English in a short message. Folded, as `words()` gives them;
 * words as common in another of the four languages ("in", "is", "was",
 * "hallo", "ja") are left out.
 */
export const nlMarkers = `
ik k ek kik gij ge gulle jij je jou jullie wij we wai zij ze hij hem haar ons onze mij mijn mn uw u hun zijn zen
ben bent zijt zit heb hebt heeft hebben eb ebt had hadden kan kunt kunnen kon wil wilt willen wou moet moeten mag mogen zal zult zullen zou
weet weten doe doet doen gaat gaan ga gaaf komt komen kom zeg zegt
de het een den ne nen dat da dit deze
en of maar want dus omdat als dan toen wanneer waarom hoe wat wie waar welke
niet nie ni niks niets geen gene nooit meer al nog ook wel toch eens es
met voor naar van bij aan op uit over onder tegen zonder door tussen na
ja jawel jaja jep neen nee nene neeje
goeiedag goedendag goeiemorgen goeienavond goedemorgen goedemiddag goedenavond dag daag hoi hey dankuwel dankjewel bedankt merci alsjeblieft alstublieft aub
allee amai awel zenne pertang goesting efkes eventjes ewa wadde gene nen dadde tis
heel erg zeer veel weinig alles iets iemand niemand altijd soms vaak nu straks morgen gisteren vandaag
hulp helpen nodig dringend bellen bel terugbellen telefoon nummer
zelfstandige zelfstandig hoofdberoep bijberoep kleinhandel winkel zaak bedrijf boekhouder klant klanten schulden belastingen faillissement deurwaarder rechtbank
moe uitgeput slaap slecht stress bang alleen eenzaam verdrietig
nederlands vlaams spreek spreekt verstaan
help week t pas hallo er goed goe n
me dank graag klopt zeker voltijds deeltijds wa bedoelde bedoel bedoelt juist precies natuurlijk misschien effe even later liefst best avonds morgens middags namiddag voormiddag s nacht vanavond vannacht uur bakker bakkerij beenhouwer beenhouwerij slager schrijnwerker loodgieter kapper kapster landbouwer boer verpleger verpleegster kinesist advocaat bouw winkel werk werken werkt gewerkt geld rekeningen facturen goeie goede slechte zwaar moeilijk lastig rustig zo zoiets iets dingen mensen wel zeker helemaal echt gewoon eigenlijk trouwens
beste
`;
