/**
 * Words that tell English apart from French, Dutch and German in a short
 * message. Folded, as `words()` gives them; words as common in another of
 * the four languages ("in", "is", "was", "so", "ok") are left out.
 */
export const enMarkers = `
i im i'm my mine you your yours u ur he him his she her we us our they them their it its
am are was were be been being have has had do does did dont doesnt didnt cant wont cannot can could would should will shall may might must
know knew want wanted need needs get got go going gone make made think feel say said tell
the this that these those some any
and or but because so if then when why how what who where which whether
not no never nothing nobody anything anymore any more still just also already yet too very really
with for from about of to at by into over under without through between after before since during
yes yeah yep yup nah nope sure please pls plz thanks thank thx cheers
hello hi hiya hey morning evening afternoon night good bye goodbye
help need urgent call callback phone number email reach
today tomorrow yesterday week monday tuesday wednesday thursday friday saturday sunday
self employed self-employed business shop company accountant client clients debt debts taxes bankruptcy bailiff court bank
tired exhausted sleep sleeping bad stress scared afraid sad alone lonely
english speak understand
me nope dunno absolutely maybe later fair enough works better texting haven hasn slept weeks properly says saying whatever means mean plumber hairdresser bakery baker butcher carpenter farmer farming nurse lawyer builder occupation main part-time full-time evenings mornings afternoons o'clock pm am money bills invoices work working worked fine good great alright right thing things people actually honestly really
even best
`;
