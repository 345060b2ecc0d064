/**
 * French crisis lexicon (Belgian French, SMS French). Data only: the pattern
 * language is described in `src/language/lexicon.ts`. Third-person forms are
 * here on purpose: a sentinel reporting a client's words must trigger too.
 *
 * The rules are frames rather than phrases: a wish and a state of death in
 * either order, a means and its readiness, two signs of a farewell, a
 * self-inflicted injury and the part of the body or the tool. Idioms and
 * ordinary uses (a rope for the hay, a rifle for the hunt) are cut out first.
 */
import type { CrisisLexicon } from '../crisis-lexicon.js';

export const fr: CrisisLexicon = {
  lang: 'fr',
  spellings: {
    jveux: 'je veux',
    jveu: 'je veux',
    jve: 'je veux',
    jvx: 'je veux',
    jvoudrais: 'je voudrais',
    jvoudrai: 'je voudrais',
    jvais: 'je vais',
    jvai: 'je vais',
    jva: 'je vais',
    jsuis: 'je suis',
    jsui: 'je suis',
    chui: 'je suis',
    chuis: 'je suis',
    jsais: 'je sais',
    jpeux: 'je peux',
    jpeu: 'je peux',
    jpense: 'je pense',
    jme: 'je me',
    jtiens: 'je tiens',
    jen: 'j en',
    jai: 'j ai',
    jpp: 'j en peux plus',
    jpu: 'j en peux plus',
    jattends: 'j attends',
    tt: 'tout',
    bcp: 'beaucoup',
    pk: 'pourquoi',
    pcq: 'parce que',
    ptet: 'peut etre',
    qd: 'quand',
    pr: 'pour',
    ds: 'dans',
    c: 'c est',
    g: 'j ai',
    jsp: 'je sais pas',
  },
  words: {
    // --- grammar ---
    I: '=je =j =moi',
    ME: '=me =m =moi =moi_meme',
    SE: '=se =s =soi =lui_meme =elle_meme',
    REFL: '@ME @SE',
    /** Negations that make an intent something to ask about ("je veux pas mourir"); "ne" and "plus" alone are not. */
    NEG: '=pas =jamais =point =nullement',
    NOMORE: '=plus =plu =pu =pus =jamais =plus_jamais',
    FAMILY:
      'femme mari =epouse =epoux =compagne =compagnon enfants =enfant =gosses =gamins =fils =fille =filles =petits famille parents =mere =pere =maman =papa =copine =copain =frere =soeur =conjoint =conjointe =proches =petits_enfants =mes_enfants =les_enfants =ma_femme =mon_mari',
    DEAD_ONE:
      '=papa =maman =pere =mere =mari =femme =fils =fille =frere =soeur =epoux =epouse =associe =ami =amie =grand_mere =grand_pere =mon_homme =ma_femme =mon_mari',
    NOW: '=ce_soir =cette_nuit =maintenant =aujourd_hui =demain =tout_a_l_heure =bientot =ce_week_end =vendredi =samedi =dimanche =lundi =mardi =mercredi =jeudi =cette_semaine =endeans_la_semaine =apres_l_audience =apres_le_jugement =apres_le_tribunal =le_jour_ou =le_jour =quand_l_huissier =avant_la_fin =fin_du_mois =la_date =une_date =apres_la_fermeture',
    // --- wish, intent ---
    WANT: '=veux =veut =veu =ve =vx =voudrais =voudrai =voudrait =voulais =voulait =voulu =veulent =vouloir =envie =envi =souhaite =souhaiterais =souhaitais =souhaitait =aimerais =aimerai =aimerait =prefere =preferer =prefererais =hate =pret =prete =tente =tentee =tenterait =besoin =reve =revais =demande =espere =esperais =prie',
    GO: '=vais =vai =va =vas =vont =allait =allais =irai =ira =decide =decidee =prevu =compte =comptais',
    THINK:
      'pense penser =pensee =pensees songe songer reflechis reflechi envisage envisager =idee =idees =imagine =tentation =tente =tentee =obsede =hante =y_pense =j_y_pense =j_y_repense =repense',
    CAN: '=peux =peut =pourrais =pourrait =pouvoir',
    // --- death ---
    DIE: 'mourir =meurs =meurt =mourrai =mourrais =mourir =mourrir =mourais =mouri =crever =creve =creuver =deceder =trepasser =y_passer =y_rester',
    DEAD: '=mort =morte =morts =mortes =decede =decedee =creve =crevee',
    DEATH_PLACE:
      '=cimetiere =tombe =tombeau =cercueil =la_haut =au_ciel =paradis =l_au_dela =au_dela =sous_terre =six_pieds_sous_terre =entre_quatre_planches',
    KILL: '=tuer =tue =tues =tuerai =tuerais =tuera =tuait =tuant =flinguer =flingue =flinguerai =buter =bute =noyer =noie =supprimer =supprime =supprimerai =pendre =pends =pend =pendu =pendue =pendrai =pendrais =pendait =pender =jeter =defenestrer',
    HANG: '=pendre =pends =pend =pendu =pendue =pendrai =pendrais =pendait =pender',
    SUICIDE: 'suicid* =sucide =sucider =suiside =suisider =suicde =suissider =suicidaire =autolyse =tentative_de_suicide =ts',
    END: 'finir =finisse =fini =finit =finirai =terminer =termine =arreter =arrete =acheve =achever =cesse =cesser',
    LIFE: '=vie =existence =jours =ma_vie =mes_jours',
    LIVE: '=vivre =exister =continuer =survivre =respirer',
    WAKE: 'reveiller =reveille =reveillerai =reveillerais =reveillais =reveil =relever',
    SLEEP: 'endormir =endors =endorme =dormir =dors =sommeil',
    DISAPPEAR: 'disparaitre =disparaitrai =disparaitrais =disparu =disparue =m_effacer =effacer',
    FOREVER:
      '=pour_toujours =a_jamais =pour_de_bon =definitivement =pour_de_vrai =une_fois_pour_toutes =pour_l_eternite =sans_retour =de_ce_monde =de_la_surface_de_la_terre',
    DEATH_STATE:
      '@DIE =etre_mort =etre_morte =etre_deja_mort =ne_plus_me_reveiller =plus_me_reveiller =ne_pas_me_reveiller =pas_me_reveiller =ne_plus_se_reveiller =plus_se_reveiller =ne_jamais_me_reveiller =jamais_me_reveiller =plus_de_reveil =pas_de_reveil =ne_plus_exister =plus_exister =ne_plus_etre_la =plus_etre_la =ne_plus_etre_ici =plus_etre_ici =que_ce_soit_fini =que_tout_soit_fini =en_finir =ne_plus_rien_sentir @DEATH_PLACE',
    // --- self-harm ---
    HARM_STRONG:
      'scarifier =scarifie =scarifiee =scarifiais scarification* mutiler =mutile =mutilee automutil* taillader =taillade =tailladee entailler =entaille =entaillee lacerer =scarrifier',
    HARM_WEAK:
      'couper =coupe =coupee =coupes =coupait =coupais =bruler =brule =brulee =brulais =brulait =frapper =frappe =frapppe =blesser =blesse =blessee =griffer =griffe =cogner =cogne =taper =tape =tapais =saigner =saigne =saignais =arracher =arrache =pincer =faire_du_mal =faire_mal',
    BODY: 'bras =avant_bras =avant_bras =poignet =poignets =cuisse =cuisses =jambe =jambes =ventre =peau =veines =veine =corps =visage =tete =mains =main =poings',
    HARM_TOOL: '=lame =lames =rasoir =cutter =couteau =cigarette =briquet =fer =compas =ciseaux =verre',
    ON_PURPOSE:
      '=expres =volontairement =encore =recommence =recommencer =souvent =tous_les_soirs =chaque_soir =le_soir =pour_sentir =pour_me_punir =pour_oublier =me_soulage =soulage =jusqu_au_sang =a_saigner =saigner =trois_fois =plein_de_traits =traits =habitude',
    SCAR: 'cicatrice* =coupures =marques =traces =brulures =bleus =plaies =entailles =traits',
    ATTEMPT: '=tentative =tentatives =ts =essaye =essayer =tente =tentee',
    AGAIN:
      '=deja =revient =reviennent =recommencer =recommence =reprend =me_reprend =remonte =encore =refaire =il_y_a =une_fois =l_an_dernier =l_an_passe =avant =derriere_moi =comme_quand',
    // --- means, places, readiness ---
    MEDS: 'medoc* medicament* =cachet =cachets comprime* pilule* somnifere* somnifaire* anxiolytique* antidepresseur* =xanax =lexomil =temesta =stilnox =doliprane =dafalgan =paracetamol =insuline =calmant =calmants =boite =boites =plaquette =plaquettes =gelules',
    ROPE: 'corde* =noeud =noeud_coulant =poutre =cordre',
    WEAPON: 'fusil =carabine =arme =armes =pistolet =revolver =flingue =cartouche =cartouches =fusil_de_chasse',
    GAS: '=pot_d_echappement =echappement =tuyau =charbon =charbon_de_bois =gaz =bonbonne =bonbonne_de_gaz =monoxyde =moteur_qui_tourne =moteur_allume =moteur_en_marche =moteur_tourne',
    SEAL: '=scotch =fenetres =fenetre =calfeutre =calfeutrer =porte_fermee =fermee =voiture =camionnette =camionette =garage =chambre =coffre =moteur',
    HEIGHT: '=pont =viaduc =falaise =toit =balcon =dernier_etage =fenetre =immeuble =tour =vide =precipice =hauteur =parking',
    TRACKS: '=rails =rail =voie_ferree =voies =train =trains =trins =tgv =metro =tram =passage_a_niveau',
    WATER: '=canal =riviere =meuse =escaut =sambre =lac =mer =fleuve =ourthe =lesse =eau',
    READY:
      '=pret =prets =prete =pretes =prepare =preparee =prepares =preparees =de_cote =mis_de_cote =economise =economisee =stocke =stockes =accumule =accumules =garde =gardes =gardee =gardees =cache =caches =collectionne =rassemble =achete =achetee =commande =planque =planques =assez =suffisamment =charge =chargee =tout_ce_qu_il_faut =ce_qu_il_faut =tout_est_pret =tout_est_prevu =tout_est_regle =tout_est_en_ordre =regle =prevu =une_bonne_vingtaine =une_vingtaine =des_semaines =des_mois =j_attends =attends_juste =j_attends_juste =il_me_manque =le_courage',
    JUMP: 'sauter =saute =sauterai =jeter =jette =lancer =lance =balancer =balance =precipiter =coucher =allonger =m_allonger =plonger',
    NO_RETURN: '=pas_l_intention_de_revenir =revenir =sans_retour =pas_revenir =reviendrai =ne_reviendrai =plus_revenir',
    FOUND: '=me_trouvera =me_retrouvera =me_retrouve =trouvera =retrouvera =on_me_retrouve =on_me_retrouvera =me_retrouvent =retrouver',
    // --- farewell ---
    GONE: '=plus_la =plus_ici =quand_je_serai_parti =quand_je_serai_partie =la_ou_je_vais =la_ou_je_pars =apres_moi =sans_moi =quand_je_ne_serai_plus =quand_je_serai_plus',
    CARE: '=prenez_soin =prends_soin =prendre_soin =occupez_vous =occupe_toi =s_occuper =veillez_sur =veille_sur =dites_a =dis_a =direz_a',
    SORRY: 'pardon =pardonnez =pardonne =pardonez =desole =desolee =excuse =excusez =excuses',
    SORRY_ALL:
      '=pardon_pour_tout =pardonnez_moi =pardonne_moi =pardonez_moi =desole_pour_tout =desolee_pour_tout =pardon_a_tous =pardon_pour_les =demande_pardon',
    THANKS: '=merci =remercie =remercier',
    THANKS_ALL: '=merci_pour_tout =merci_de_tout =merci_a_tous =merci_pour_l_ecoute =merci_pour_ces =merci_de_m_avoir =merci_pour_toutes',
    LOVE: '=je_vous_aime =je_t_aime =je_les_aime =je_l_aime =je_vous_ai_aime =que_je_l_aime =que_je_les_aime',
    LETTER: '=lettre =lettres =letre =letres =mot =mots =message =messages =enveloppe =instructions',
    LAST: '=dernier =derniere =denier =derniers =dernieres',
    LAST_MSG: '=dernier_message =derniers_mots =denier_message =dernier_mesage =derniere_fois_que_je =mon_dernier',
    BYE: '=adieu =adieux =au_revoir =salut =bye =ciao',
    BYE_STRONG: '=adieu =adieux =mes_adieux =ses_adieux =fait_ses_adieux',
    ARRANGE:
      '=code_du_coffre =coffre =notaire =testament =mots_de_passe =tout_est_prevu =tout_est_regle =tout_en_ordre =mis_en_ordre =tout_range =les_papiers_sont =papiers_de_la_societe =les_cles =boite_a_gants =codes_de_la_banque =pour_les_enfants =le_chien_va =va_chez_le_voisin',
    SILENCE:
      '=repond_plus =repond_pas =decroche_plus =decroche_pas =injoignable =introuvable =plus_de_nouvelles =sait_pas_la_joindre =sait_pas_le_joindre =on_sait_pas',
    // --- burden and insurance ---
    INSURANCE: 'assurance* =assurence =assurences =lassurance =capital_deces =prime_deces =solde_restant_du =srd =la_prime',
    LIFE_INSURANCE:
      '=assurance_vie =assurance_deces =assurence_deces =assurance_deces_invalidite =capital_deces =assurances_vie =solde_restant_du =assurance_solde_restant_du =srd',
    PAYS: 'touchera toucher =touche =paiera =payera =paye =payer =paie =rembourse =remboursera =rembourserait =rembourser =couvrira =couvre =tranquille =tranquilles =l_abri =a_l_abri =sauve =sauvee =garder =solde =soldera =efface',
    BETTER:
      '=mieux =plus_simple =plus_facile =soulagement =debarrasses =debarrasse =liberes =libere =arrangerait =arrangera =mieux_comme_ca =plus_tranquille',
    BURDEN: 'fardeau =poids =boulet =charge =encombrant =encombrante =bouche_inutile =poids_mort',
    // --- ambiguous distress ---
    NO_WAY: '=issue =isue =sortie =solution =echappatoire =avenir =lumiere =bout =le_bout',
    // --- context that makes death words ordinary ---
    BIZ: 'dossier* projet* chantier* paperasse =administratif =administration =tva compta* facture* declaration* =travaux client* litige* procedure* formulaire* contrat* =proces banque* credit* dette* impot* =onss =inasti caisse* associe* comptable* fournisseur* =stock =saison =semaine =journee reunion* boulot =travail =taf =job =boite =entreprise =societe =activite =magasin =commerce =restaurant =resto =salon =cabinet huissier* faillite =bureau =clients =controle =fisc =comptabilite =bilan =emprunt =leasing =bail =proprietaire =banquier =ferme =atelier =boutique =srl =sprl =fiduciaire =contrat',
    IDIOM_SUBJECT:
      '=ca =ce =cela =cette =ces =il =elle =ils =elles =tu =vous =on =boulot =travail =job =comptable =banquier =patron =femme =mari =client =cliente =fisc =huissier =chantier =deadline =prix =chaleur =attente',
    GRIEF:
      '=enterrement =funerailles =condoleances =deces =obseques =veillee =s_est_eteint =s_est_eteinte =nous_a_quittes =hopital =chimio =cancer =maladie',
    HOLIDAY:
      '=vacances =conge =conges =retraite =pension =demenage =demenagement =demenageons =nouveau_job =nouvel_emploi =nouveau_poste =poste =quitte =bruxelles =namur =liege =charleroi =mons =paris =collegues =absent =absente =injoignable_du =jusqu_au =a_partir_de =numero =adresse =groupe =afsca =reprend =reprendra',
    ORDINARY_USE:
      '=foin =paille =ballots =remorque =arrimer =attacher =grange_pour =chevaux =bateau =escalade =chantier =echafaudage =armurier =permis =ouverture =saison =club =stand_de_tir =revision =ordonnance =medecin =pharmacie =pharmacien =generaliste =prescrit =prescription =renouveler =tension =mal_de_tete =comme_il_a_dit =barbecue_dimanche',
    TITLE:
      '=film =serie =chanson =livre =roman =piece =album =jeu =article =reportage =documentaire =emission =formation =prevention =conference =webinaire =brochure =etude =statistique =statistiques =chiffres =taux =sensibilisation =sujet =theme =aborder =en_general =de_facon_generale =nil =squad',
  },
  notTypos:
    'prendre rendre vendre tendre fendre pondre pendant pendule courir nourrir courrier cacher caches cachee coude corne corner cordon cordial peines peiner reines veiller sauver sauvez couler coller souper coupon coupons tuile tulle tueur suivi suivie suivit annees ecrire ecrits livre livrer arrive arriver vivres charges charger chasse chasser chaise monter montre tombee tomber tombe tombes',
  idioms: [
    // Tiredness, laughter, hunger, shame, boredom… not death.
    '(DEAD|DIE|=meurs|=meurt|=mourais|=crever|=creve|=crevais|=mourir) (=de|=d) (=fatigue|=rire|=faim|=soif|=froid|=chaud|=peur|=trouille|=honte|=ennui|=stress|=envie|=impatience|=curiosite|=chagrin|=jalousie|=sommeil|=boulot|=travail)',
    '(=mdr|=ptdr|=mdrr|=xptdr|=mort_de_rire)',
    '(=a|=de) (=mourir|=crever) (=de|=d)? ~1 (=rire|=ennui)',
    '(=chaleur|=ennuie|=ennuyer|=m_ennuie|=s_ennuie|=belle|=beau) ~2 (=a) (=mourir|=crever)',
    '(=suis|=es|=est|=etre|=trop|=completement|=grave|=hyper|=super|=vraiment|=totalement|=carrement|=j_etais) ~1 (=creve|=crevee|=mort|=morte|=naze|=epuise|=epuisee|=claque|=lessive) !de !d',
    '(=c_est|=c) ~1 (=mort) (=pour|=pr)',
    // The business dying, not the person.
    '(=voir|=laisser|=laisse|=regarder|=regarde) (DIE) ~2 BIZ',
    'BIZ ~3 (=va|=vont|=est|=sont|=etait|=semble|=rend) ~2 (DIE|DEAD|=mourant|=mourante|=agonise|=l_ame|=enterree|=enterre)',
    'BIZ ~1 (DEAD|DIE)',
    '(=fin|=terme|=finir|=en_finir|=arreter|=arrete|=fermer|=ferme|=mettre_fin|=tuer|=tue|=tuerai) ~4 (BIZ|=branche|=contrat|=activite)',
    // "ça me tue", "ce boulot va me tuer", "mon comptable va me tuer": exasperation, someone else's anger.
    'IDIOM_SUBJECT ~3 (ME|=t) (KILL|=tu)',
    'IDIOM_SUBJECT ~3 (GO|=finira_par|=finiront_par) (ME|=t) KILL',
    '(KILL) (=le|=mon|=du) =temps',
    '(=prix|=qui) (=tue|=tuent)',
    '(=me_tue|=me_tu|=se_tue|=m_a_tue) (=a_petit_feu|=a_la_tache)',
    // "se tuer à la tâche", "me tuer au travail": working oneself to death.
    'REFL (KILL|=tuant) (=a|=au|=a_la) (=tache|=travail|=boulot|=taf)',
    // "une balle dans le pied", "ça me pend au nez", "noyé sous le travail".
    '=balle (=dans|=ds) (=le|=mon|=son) =pied',
    'pend* (=au|=a) =nez',
    '(noy*|=noie|=me_noie) (=sous|=dans) ~2 (BIZ|=dettes|=mails|=papiers|=paperasse|=factures)',
    // A career or a way of life ending, not a life.
    '(=vie|=carriere) ?(=d|=de) (=independant|=independante|=indep|=entrepreneur|=patron|=commercant|=commercante|=agriculteur|=restaurateur|=professionnelle|=pro|=active)',
    '(=fin|=terme) ~2 (=carriere|=activite|=contrat|=bail|=saison)',
    '(=connerie|=conneries|=betise|=betises|=erreur|=erreurs) (=dans|=sur|=avec|=en|=pour) ~2 BIZ',
    '(=overdose|=surdose) (=de|=d) (=travail|=boulot|=taf|=paperasse|=reunions|=mails|=stress|=cafe|=chocolat|=infos|=administratif|=clients|=series|=netflix)',
    '=faire (DISAPPEAR)',
    '(DISAPPEAR) (=de|=des|=du) ~3 (=liste|=listes|=fichier|=fichiers|=base|=groupe|=contacts|=newsletter|=mailing|=registre|=annuaire|=site|=systeme|=radar|=circulation|=marche)',
    '{+HOLIDAY (DISAPPEAR|BYE|LAST|=plus_la|=merci_pour_tout|=dernier_jour|THANKS|FOREVER)}~~20',
    // Other people's deaths: grief is not a wish to die.
    '{+GRIEF (DEAD|DIE|DEATH_PLACE|=parti|=partie)}~~14',
    '(DEAD_ONE|=client|=voisin|=chien|=chat|=cliente|=collegue) ~4 (=est|=sont|=etait) ~2 (DEAD|=parti|=partie|=decede|=decedee)',
    // Talking about suicide, not a person at risk; titles.
    '{+TITLE (SUICIDE|DEAD|DIE|KILL|=mort|=adieu)}~~14',
    '(SUICIDE) (=commercial|=economique|=financier|=professionnel|=fiscal|=politique|=social|=collectif|=squad|=blonde|=tendencies|=des_agriculteurs|=des_independants|=chez_les)',
    '(=virgin) (SUICIDE)',
    // Ordinary ropes, rifles, pills and roofs.
    '{+ORDINARY_USE (ROPE|WEAPON|MEDS|HEIGHT)}~~12',
    '(=toit|=toiture|=charpente|=echafaudage|=tuiles|=couvreur|=chantier) ~6 (=monter|=monte|=travaille|=travailler|=reparer|=repare|=refaire|=pose|=poser)',
    '(=prendre|=prends|=prend|=pris|=oublie|=oublier|=renouveler) ~3 (=mes|=mon|=ma|=les|=un|=une|=des) ~1 (MEDS)',
    // "au bout du rouleau avec ce client": about one thing, not life.
    '(=a_bout|=au_bout_du_rouleau|=marre|=n_en_peux_plus|=en_peux_plus) (=avec|=de|=d) ~2 (BIZ|=paperasse|=factures|=ce|=cette|=ces)',
  ],
  rules: [
    {
      id: 'fr.suicide',
      family: 'suicide_intent',
      tier: 'acute',
      patterns: ['SUICIDE', '(=idee|=idees|=pensee|=pensees) (=noires|=noire|=de_mort|=suicidaires|=sombres)'],
    },
    {
      id: 'fr.kill_self',
      family: 'suicide_intent',
      tier: 'acute',
      patterns: [
        '{REFL KILL}~3',
        'REFL ?(=en) (=foutre|=fous|=fout|=foutrai|=foutais|=foutre) ~1 (=air|=aire|=l_air|=l_aire)',
        'REFL (=tirer|=mettre|=tire|=mets|=tirerai|=flanquer) ~1 (=une|=la) (=balle|=bastos)',
        '(=balle) (=dans|=ds) (=la|=ma|=sa) (=tete|=bouche|=tempe)',
        '(=ouvrir|=couper|=trancher|=taillader|=entailler|=ouvre|=coupe|=ouvert|=coupe) (=les|=mes|=ses) (=veines|=poignets)',
        'REFL (=donner|=donne|=donnerai) (=la) (=mort)',
        '(=m|=s|=me|=se) (=oter|=ote|=enlever) (=la) (=vie)',
        'REFL (=laisser|=laisse) (DIE)',
        '{(WANT|GO|THINK|=parle|=dit) (=en_finir|=enfinir|=y_mettre_fin|=mettre_fin)}~4',
        '(=en_finir|=enfinir) ?=avec (=la|=ma|=sa|=cette|=mes|=ses|=l) (LIFE|=existence|=vie)',
        '(=en_finir|=enfinir) ?=avec (=tout|=moi) $',
        '(=en_finir|=enfinir) (FOREVER|NOW)',
        '(=en_finir|=enfinir) $',
        '(=j|=je) =en =finisse',
        '(=fin|=terme) (=a|=au) (=mes|=ses|=ma|=sa) ?=propre (LIFE|=vie|=existence)',
        '(=mettre|=mettrai|=mets|=mis) (=fin|=un_terme) (=a) (=tout) ?=ca $',
        '{(WANT|GO|=peur|=peur_de|=sur_le_point_de|=parle|=menace) (=faire|=fasse|=ferai|=commettre) (=connerie|=conneries|=betise|=betises|=truc_grave|=geste|=irreparable|=grosse_betise|=acte)}~5',
        '(=passer|=passe|=passerai) =a ?=l =acte',
        '(WANT|GO|THINK) ~3 (=tout) (=arreter|=arreterai|=stopper) ~3 (FOREVER)',
      ],
    },
    {
      id: 'fr.want_to_die',
      family: 'passive_ideation',
      tier: 'acute',
      patterns: [
        '{(WANT|THINK|=parle|=parlait|=souhaite|=tente|=tenterait) DEATH_STATE}~6',
        '(=plutot|=mieux|=prefererais|=prefere) ~2 (DIE|DEAD|=etre_mort|=etre_morte|DEATH_PLACE)',
        '(=mieux|=plus_simple|=plus_facile|=soulagement|=arrangerait) ~6 (=si) ~3 (DEAD|=n_etais_plus_la|=etais_plus_la|=etait_plus_la|=existais_pas|=n_existais_pas|=disparaissais|=partais|=me_reveillais_pas|=reveillais_pas|=accident|=crevais)',
        '(=si) ~3 (=me_reveillais_pas|=reveillais_pas|=ne_me_reveillais_pas|=me_reveille_pas|=reveille_pas|=ne_me_reveille_pas) ~10 (BETTER|=derangerait_pas|=bien|=tant_mieux|=pas_grave)',
        '(=mieux|=serait) ~4 (DEATH_PLACE)',
        '(=serais|=serait|=serai|=etre) ~2 (=mieux|=bien) ~2 (DEATH_PLACE|DEAD)',
        '(=pense|=pensee|=pensees|=songe|=obsede) ~3 (=a|=la) =mort !de !du !des !d',
        '{(SLEEP) (NOMORE|=jamais|=fini|=finisse|=que_ce_soit_fini|FOREVER) (WAKE|=fini|=finisse)}~8',
        '(SLEEP) (FOREVER|=et_ne_plus_me_reveiller|=et_plus_me_reveiller)',
        '{(WANT|THINK) (NOMORE|=ne_plus|=pas) (LIVE|=etre_la|=etre_ici|=etre_en_vie|=faire_partie)}~5',
        '(WANT|THINK) ~3 (=pas|=plus) (=vivre) $',
        '(NOMORE|=pas|=aucune|=sans|=perdu|=perdue|=plus_aucune) ~2 (=envie|=envi|=gout|=force|=forces|=raison|=raisons|=but) (=de|=d|=a) (=vivre|=exister|=vie|=continuer_a_vivre|=rester_en_vie|=continuer)',
        '=marre (=de|=d) (=la_vie|=vivre|=ma_vie|=cette_vie|=exister|=etre_en_vie|=respirer)',
        '(=fatigue|=fatiguee|=lasse|=las|=degoute|=degoutee|=use|=usee) (=de|=d) (=vivre|=la_vie|=ma_vie|=exister|=respirer)',
        '=a =quoi =bon (=vivre|=continuer_a_vivre|=rester_en_vie|=exister|=respirer)',
        '(LIFE) ~3 (NOMORE|=aucun|=pas|=plus_aucun) ?(=de|=d) (=sens|=interet|=valeur)',
        '(=vivre|=vie) ?=ne (=sert|=servira) ?=plus =a =rien',
        '(DISAPPEAR) (FOREVER)',
        '{(WANT|THINK|=envie|=tente|=tenterait) (=rejoindre|=rejoinde|=retrouver|=revoir|=aller_retrouver) (DEAD_ONE|DEATH_PLACE|=les_morts)}~8',
        '{(=rejoindre|=rejoinde|=retrouver|=rejoins) (=decede|=decedee|=mort|=morte|DEATH_PLACE|=partie|=parti|=perdu|=perdue|=enterre|=enterree)}~~10',
        '{(=accident|=crash|=camion|=tracteur|=voiture|=platane) (WANT|=espere|=prie|=souhaite|=arrangerait|=arrangeraient|=soulagement|BETTER) (DIE|=y_passer|=y_rester|=tout_le_monde|=un_vrai|=arrange)}~10',
        '(=espere|=souhaite|=prie|=envie) ~4 (=y_passer|=y_rester|=plus_me_relever|=ne_pas_me_relever)',
        '(=voudrais|=aurais_voulu|=aimerais) ~2 (=jamais_etre_ne|=ne_jamais_etre_ne|=pas_etre_ne|=ne_pas_etre_ne|=jamais_naitre)',
      ],
    },
    {
      id: 'fr.self_harm',
      family: 'self_harm',
      tier: 'acute',
      patterns: [
        'HARM_STRONG',
        '{REFL HARM_WEAK (BODY|ON_PURPOSE|HARM_TOOL|AGAIN)}~8',
        '{(=suis|=est|=sont|=etait|=me_suis|=s_est) HARM_WEAK (BODY|ON_PURPOSE|HARM_TOOL)}~8',
        'REFL ~2 (=faire|=fais|=fait|=faisais|=ferai|=fasse) =du =mal',
        '{(ME|SE|=me_faire_mal|=faire_mal|=me_fais_mal) (=mal|=faire_mal|=me_faire_mal) (=soulage|=seule_chose|=expres|HARM_TOOL|=punir|=merite)}~10',
        '{(HARM_TOOL) (AGAIN|ON_PURPOSE|=le_truc|=ca_me_reprend|=me_reprend)}~8',
        '(=tape|=tapais|=cogne|=cognais|=frappe|=frappais) ~2 (=ma|=la|=sa) =tete ~3 (=contre|=sur) ~2 (=mur|=murs|=porte|=table)',
        '{(ATTEMPT) (AGAIN|SUICIDE|MEDS|=pender|HANG)}~8',
        '(=deja|=une_fois|=il_y_a) ~4 (=essaye|=tente|=tentee|=fait) ~4 (=de|=d) ~3 (REFL) ~2 (KILL|=finir|HANG)',
        '{SCAR (=bras|=avant_bras|=poignets|=cuisses|=ventre) (=cache|=cacher|=manches|=moi_meme|=lui_meme|=elle_meme|=expres|=fraiches|=fraiche|AGAIN)}~10',
      ],
    },
    {
      id: 'fr.method',
      family: 'plan_means',
      tier: 'acute',
      patterns: [
        '(=overdose|=surdose)',
        '(=avaler|=avale|=avales|=avalerai|=gober|=gobe|=prendre|=prends|=prendrai|=vais_prendre) (=tous|=toutes|=toute|=une_boite|=des_boites|=la_boite|=plein|=tout) ~3 (MEDS)',
        '(=tous|=toutes) (=mes|=les|=ces) (MEDS) (=d_un_coup|=en_une_fois|=en_meme_temps|=a_la_fois|=ensemble|NOW)',
        '{MEDS (READY|NOW|=assez_pour|=de_quoi|=suffit)}~10',
        '{ROPE (READY|NOW|=poutre|=grange|=cou|=noeud|=accroche|=accrochee|=solide|=cave|=grenier|=arbre|=hangar|=garage|=etable)}~~10',
        '{WEAPON (READY|NOW|=charge|=chargee|=bouche|=tempe|=tete|=sortir|=sorti|=ressorti|=sous_le_lit|=a_portee|=pas_pour_le_gibier|=coffre)}~10',
        '{(GAS) (SEAL|READY|NOW)}~12',
        '{(=garage|=camionnette|=voiture) (=moteur_qui_tourne|=moteur_tourne|=moteur_allume|=tuyau|=echappement)}~12',
        '(tout_ce_qu_il_faut|=ce_qu_il_faut|=tout_est_pret|=tout_est_prevu|=tout_est_prepare|=tout_est_regle) ~6 (=grange|=garage|=cave|=grenier|=hangar|=atelier|=sous_le_lit|=armoire|=voiture|=tiroir|NOW|=pour_le_faire|=pour_en_finir|=a_la_maison|MEDS|ROPE|WEAPON)',
        '{JUMP (HEIGHT|TRACKS|WATER)}~8',
        '{(ME|SE|=m_allonger|=s_allonger|=me_coucher|=m_allonge) (=sous|=devant|=sur) (TRACKS|=voiture|=camion|=bus)}~6',
        '{(HEIGHT|TRACKS|WATER) (NOW|GO|=j_y_vais|=j_irai|=y_vais|=irai) (NO_RETURN|=regarde_en_bas|=le_vide|=sauter|=derniere_fois|=adieu|=plus_le_courage|=horaires|=c_est_la|=pas_pour_les_prendre|FOUND)}~~14',
        '{(TRACKS) (=horaires|=par_coeur|=heure|=passe) (=pas_pour|=connais|NOW)}~~14',
        '{(NOW|=quand_l_huissier) FOUND (=garage|=moteur|=porte|=fermee|MEDS|ROPE|WEAPON|=pendu|=pendue)}~~16',
      ],
    },
    {
      id: 'fr.farewell',
      family: 'farewell',
      tier: 'acute',
      patterns: [
        '(=quand|=lorsque|=une_fois_que|=apres_que|=si_un_jour) ~3 (=serai|=serais|=sera|=suis) ~2 (NOMORE|=pas) (=la|=ici|=de_ce_monde)',
        '(=quand|=lorsque|=une_fois_que|=apres_que) ~3 (=serai|=sera) (=parti|=partie|=mort|=morte)',
        '(=quand|=lorsque|=une_fois) ~2 (=je|=j) (=partirai|=serai_plus|=existerai_plus|=ne_serai_plus)',
        '(=la_ou_je_vais|=la_ou_je_pars|=la_ou_j_irai) ~6 (=besoin|=plus_besoin|=servira|=sert)',
        '(=besoin|=plus_besoin|=en_aurai_plus|=j_en_aurai_plus) ~6 (=la_ou_je_vais|=la_ou_je_pars)',
        '(=si_vous_lisez|=quand_vous_lirez|=si_tu_lis|=quand_tu_liras|=vous_lirez|=tu_liras|=tu_lira|=vous_lisez) ~4 (=ca|=ce|=cela|=mon|=ma) ~3 (=apres|=message|=mot|=texte|=lettre)?',
        '(=ceci_est|=c_est|=voici|=ce_sera|=ca_sera|=ce_sont|=c) ~2 (=mon|=le|=mes) (=dernier_message|=derniers_mots|=adieu|=adieux|=denier_message|=dernier_mesage)',
        '{(LAST) (=message|=messages|=mesage|=mots|=mot)}~4',
        '(=lettre|=lettres|=mot|=mots) (=d_adieu|=d_adieux|=d_au_revoir|=adieu)',
        '{(=ecrit|=ecrite|=ecrits|=ecrire|=redige|=laisse|=prepare|=mis) (LETTER) (FAMILY|=chacun|=chacune|=tous|=mes_proches)}~10',
        '(BYE) (=a_tous|=a_toutes|=tout_le_monde|=a_vous|=pour_toujours|=mes_amis|=les_amis|=a_jamais|=a_tout_le_monde|=la_compagnie|=la_vie|=ce_monde)',
        '(=dites|=dis|=direz|=diras) ~1 (=a|=au|=aux) ~2 (FAMILY) ~3 (=que|=qu) ~3 (=aime|=aimais|=aimerai|=pas_sa_faute|=pas_leur_faute)',
        '{2/ (SORRY_ALL) (THANKS_ALL) (LOVE) (BYE_STRONG) (LAST_MSG) (CARE) (ARRANGE) (SILENCE) (GONE) (FOREVER)}~~30',
        '{(=donne|=donnes|=donner|=distribue|=legue|=offert) (=mes|=tous_mes|=toutes_mes|=outils|=affaires|=biens|=animaux|=chien|=bijoux) (=plus_besoin|=en_aurai_plus|GONE|=comprenait_pas|=la_ou)}~~14',
      ],
    },
    {
      id: 'fr.burden',
      family: 'burden_insurance',
      tier: 'acute',
      patterns: [
        '{LIFE_INSURANCE (FAMILY|PAYS|BETTER|=dettes|=dette|=maison|=credit|=emprunt|=deces|=mort|DIE|GONE)}~~14',
        '{(INSURANCE) (DIE|DEAD|=deces|=plus_la|=disparu|=disparition|=partir|=mort|SUICIDE|=meurs|=si_je_meurs)}~~12',
        '{(INSURANCE) (PAYS|BETTER) (FAMILY|=dettes|BURDEN)}~~16',
        '(=vaux|=vaut|=vaudrais|=vaudrait|=rapporte|=rapporterais) ~2 (=plus|=mieux) ~1 (=mort|=morte) (=que|=qu) (=vivant|=vivante)',
        '(=personne|=nul) ~3 (=regretter|=regrettera|=manquerai|=pleurera|=pleurer|=remarquera)',
        '(=tout_le_monde|=tous|FAMILY|=ils|=elle|=famille) ~4 (=serait|=seraient|=serai|=sera|=seront|=vivrait|=vivraient) ~2 (=mieux|=plus_heureux|=plus_heureuse|=tranquille|=tranquilles|=libres|=libre) ~2 =sans_moi',
        '(=mieux|BETTER) ~2 =sans_moi',
        '=sans_moi ~3 (=mieux|BETTER)',
        '(=debarrasser|=debarrasses|=liberer|=soulager) ~3 (=de_moi|=d_un_poids) ~6 (FOREVER|DIE|=plus_la)',
      ],
    },
    {
      id: 'fr.goodbye',
      family: 'ambiguous_distress',
      tier: 'possible',
      patterns: [
        '^ (BYE) $',
        '(=je_vous_dis|=je_te_dis|=dis) (=adieu)',
        '=adieu ~3 (=tout|=tous|=merci|=pardon)',
        '(SORRY) ~3 (=pour|=de) =tout !ca !cela !ce !le !la !les !l',
      ],
    },
    {
      id: 'fr.cannot_go_on',
      family: 'ambiguous_distress',
      tier: 'possible',
      patterns: [
        '(=en|=n_en|=j_en) ~1 (=peux|=peut|=pouvais|=peu|=peus|=pouvait) ~1 (NOMORE|=pas|=vraiment_plus)',
        '(I|=je) (=peux|=peu|=peus|=pourrai) (NOMORE|=pas) (=continuer|=tenir|=avancer|=supporter|=vivre_comme_ca|=vivre_ainsi)',
        '(=tenir|=tiens|=tient|=tenais) ~6 (=sais_pas|=sais_plus|=y_arrive|=arrive_plus|NOMORE|=pas) ~3 (=y_arrive|=arrive|=coup|=debout|=tout_ca|$)',
        '(I|=je|=suis|=est|=etait) ~2 (=au_bout|=a_bout|=au_bout_du_rouleau|=au_fond_du_trou|=au_bout_de_ma_vie|=au_bout_de_tout|=arrive_au_bout|=au_bout_du_bout)',
        '(=au_bout_du_rouleau|=a_bout|=au_fond_du_gouffre|=au_fond_du_trou|=arrive_au_bout)',
        '{(=vois|=voit|=voyais|=trouve|=existe) (NOMORE|=pas|=aucune|=aucun|=plus_aucune) (NO_WAY)}~5',
        '(=aucune|=pas_d|=sans|=plus_d|=plus_aucune) (=issue|=isue|=sortie|=echappatoire|=avenir)',
        '{(WANT|=besoin|=juste_ca) (=que_tout|=tout) (=s_arrete|=s_arrette|=cesse|=finisse|=se_termine|=s_acheve|=arrete|=stoppe|=soit_fini)}~6',
        '(WANT|GO|THINK) ~2 =tout (=arreter|=lacher|=plaquer|=abandonner) $',
        '(I|=je|=suis) ~2 (=lache|=abandonne|=laisse_tomber|=craque_completement|=ai_perdu_espoir|=perdu_tout_espoir)',
        '(=plus_aucun_espoir|=plus_d_espoir|=aucun_espoir|=sans_espoir|=desespere|=desesperee|=desespoir)',
        '(I|=suis) ~3 (=un|=une|=qu_une|=qu_un) (BURDEN)',
        '(=sers|=servirais|=vaux) ?(=plus) (=a) (=rien)',
        '{(WANT|THINK) (DISAPPEAR)}~4',
        '(=a_quoi_bon|=quoi_bon|=a_quoi_ca_sert|=a_quoi_sert) ~3 (=tout|=tt|=ca|=tout_ca|=sert|$)',
        '(=plus_la_force|=plus_de_force|=plus_l_energie|=plus_le_courage|=j_ai_plus_la_force) ~3 (=de|=d) ~2 (=rien|=tout|=continuer|=me_battre|=lutter|=avancer)',
        '(=plus_la_force|=j_ai_plus_la_force|=plus_de_force) $',
        '(=tout_est_fini|=c_est_fini_pour_moi|=fini_pour_moi|=je_suis_fini|=je_suis_finie|=ma_vie_est_finie|=ma_vie_est_fichue|=ma_vie_est_foutue)',
        '(=envie_de_rien|=plus_envie_de_rien|=envie_de_plus_rien)',
        '(=fatigue|=fatiguee|=epuise|=epuisee|=marre) (=de|=d) (=tout|=tout_ca) $',
      ],
    },
  ],
};
