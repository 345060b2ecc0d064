/**
 * Words that tell German (Standard, Austrian, Swiss and Bavarian forms, East
 * Belgium) apart from French, Dutch and English in a short message. Folded,
 * as `words()` gives them; words as common in another of the four languages
 * ("in", "was", "hallo", "ja", "die") are left out.
 */
export const deMarkers = `
ich i ech du sie er es wir mir ihr uns euch mich dich sich mein meine meinen meiner mei dein sein seine ihre unser
bin bist ist sind isch hab habe hast hat haben hob han hend kann kannst konnen cha chan koa will willst wollen wott mag mochte moechte muss musst mussen soll sollen
werde wird werden wurde weiss weis gehe geht gehen mache macht machen tue tut sage sagt
der den dem des das ein eine einen einem einer kein keine keinen
und oder aber denn also weil wenn dann als wann warum wie wer wo welche dass ob
nicht nit ned nöd nod nimma nimmer nume nume nüt nix nichts nie mehr noch auch schon doch mal halt eben
mit fur bei nach von zu zum zur aus auf uber unter gegen ohne durch zwischen seit
ja jo jawohl genau nein na ne
guten morgen tag abend gruss gruezi gruzi gruessech servus moin zusammen tschuss tschau pfiat danke vielen dank bitte merci vielmal
sehr viel wenig alles etwas jemand niemand immer manchmal oft jetzt heute gestern morgen
hilfe helfen brauche brauchen dringend anrufen rufen ruckruf telefon nummer
selbststandig selbstandig hauptberuf nebenberuf hauptberuflich nebenberuflich geschaft laden betrieb firma steuerberater buchhalter kunde kunden schulden steuern konkurs gericht bank
mude erschopft schlafe schlafen schlecht angst traurig allein einsam
deutsch spreche sprechen verstehe
oida hoid gell gelle bissl bisserl nochned heit olle ois
am da als
hallo no passt gern gerne garn stimmt jawoll jawohl abends morgens vormittags nachmittags mittags nachts uhr frage frag gibt gebe geben bitte vielleicht spater lieber besten beste gut schlecht schwer schwierig ruhig backer backerei metzger metzgerei schreiner schreinerei tischler klempner installateur friseur friseurin bauer landwirt krankenpfleger anwalt vollzeit teilzeit arbeit arbeite arbeiten geld rechnungen eigentlich wirklich einfach ganz gar etwas sachen leute halt
echt
`;
