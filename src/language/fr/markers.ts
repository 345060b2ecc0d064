/**
 * Words that tell French apart from Dutch, German and English in a short
 * message: function words, greetings, yes and no, SMS and Belgian forms, and
 * the words of the programme's questions and answers. Folded (no accents,
 * lower case), as `words()` gives them. A word that is just as common in
 * another of the four languages ("en", "de", "in", "ok") is left out.
 */
export const frMarkers = `
je j jsuis chui chuis jsais jpeux jveux jvais jpp jme jai jfais jcrois jpense jsp chai tu t vous nous il ils elle elles m moi toi lui eux
suis es sommes etes sont ai as avons avez ont etais etait etions avais avait sera serai serais serait suis fait fais faire peux peut pouvez veux veut voulez voudrais
sais sait savoir vais va allez aller dois doit faut
le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
et ou mais donc car ni que qui quoi quand comment pourquoi combien quel quelle quels quelles ou dont
pas plus rien jamais personne ne n y
avec pour dans sur sous chez entre sans vers apres avant depuis pendant
oui ouais ouai ouep ouaip non nan si
bonjour bjr bonsoir salut slt coucou cc bonne journee soiree nuit merci mrc mrci svp stp plait bisous
tres trop bien mal aussi encore deja toujours souvent parfois beaucoup bcp peu tout tous toute toutes autre autres meme
aide aider besoin urgent rappeler rappelez appeler appelez telephone courriel joindre numero
matin apres-midi soir aujourd hui demain hier semaine lundi mardi mercredi jeudi vendredi samedi dimanche
independant independante indep complementaire principal activite metier commerce magasin boutique entreprise societe boulot travail
comptable client cliente clients dettes impots faillite huissier tribunal banque argent factures
fatigue fatiguee epuise epuisee dors dormir stress angoisse peur triste seul seule
septante nonante gsm une fois tkt pk pcq ptet jsp mdr ptdr dsl deso
francais oui parle parlez comprends comprend
me te se de dit en mal
volontiers plutot accord aucune aucun idee vraiment prefere preferer temps plein mi aprem apres-midi fermer ferme fini finie termine voila voici alors bah euh bof ouf genre trucs truc quelqu chose choses gens ca cela ceci comme ainsi enfin puis ensuite surtout seulement peut-etre peutetre boulangerie boucherie coiffeuse coiffeur menuisier plombier macon agriculteur agricultrice infirmiere infirmier kine avocat architecte courrier texto appel rappel heure heures midi vers plutot tard tot merci beaucoup pouvez pourriez voudriez aimerais aimerait serait pourrait devrait faudrait ans annee annees mois jour jours fois dernier derniere prochain prochaine
s
`;
