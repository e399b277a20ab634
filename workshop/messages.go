package workshop

import (
	"fmt"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// What participants are told, short and in their language; the details
// (paths, errors) go to the server's log. Texts with %s take the values
// named beside them.
var msg = struct {
	Closing, Full, ServerError, CannotStore, CannotRead, NeedsTerminal, NotSaved, AlreadyConnected,
	LooksLike, TooManyNames, SaveFailed, Written, ClosingSaved, Idle, Stopped, StoppedUnsaved, StoppedDiscarded,
	TooSmall, NoPty, UnknownCommand, KeyTaken, NeedsKey, Sorry, KeptOnServer strategy.Text
}{
	Closing: strategy.Text{
		En: "The workshop is closing; ask the facilitator when it opens again.",
		Nb: "Workshopen stenger; spør kursholderen når den åpner igjen.", Nn: "Workshopen stengjer; spør kurshaldaren når han opnar igjen."},
	Full: strategy.Text{ // %d: sessions
		En: "The workshop is full (%d people connected); try again in a minute.",
		Nb: "Workshopen er full (%d er koblet til); prøv igjen om et minutt.", Nn: "Workshopen er full (%d er kopla til); prøv igjen om eit minutt."},
	ServerError: strategy.Text{
		En: "Something went wrong on the server. Your answers up to the last page are saved; connect again to continue.",
		Nb: "Noe gikk galt på serveren. Svarene fram til forrige side er lagret; koble til igjen for å fortsette.", Nn: "Noko gjekk gale på serveren. Svara fram til førre side er lagra; kopl til igjen for å halde fram."},
	CannotStore: strategy.Text{
		En: "Sorry: the server cannot store your answers. Tell the facilitator.",
		Nb: "Beklager: serveren kan ikke lagre svarene dine. Si fra til kursholderen.", Nn: "Orsak: serveren kan ikkje lagre svara dine. Sei frå til kurshaldaren."},
	CannotRead: strategy.Text{
		En: "Sorry: your saved answers cannot be read. Tell the facilitator.",
		Nb: "Beklager: de lagrede svarene dine kan ikke leses. Si fra til kursholderen.", Nn: "Orsak: dei lagra svara dine kan ikkje lesast. Sei frå til kurshaldaren."},
	NeedsTerminal: strategy.Text{ // %s: ssh -t command, %s and %s: ssh command
		En: "The interview needs a terminal: connect with %s.\r\nPlain questions, one line each (for screen readers): %s accessible\r\nTo get your document instead: %s markdown > strategy.md",
		Nb: "Intervjuet trenger en terminal: koble til med %s.\r\nEnkle spørsmål, ett om gangen (for skjermlesere): %s accessible\r\nFor å hente dokumentet ditt: %s markdown > strategi.md",
		Nn: "Intervjuet treng ein terminal: kopl til med %s.\r\nEnkle spørsmål, eitt om gongen (for skjermlesarar): %s accessible\r\nFor å hente dokumentet ditt: %s markdown > strategi.md"},
	NotSaved: strategy.Text{ // %s: id, %s: ssh command
		En: "Nothing is saved for %s yet: connect with %s to start.",
		Nb: "Ingenting er lagret for %s ennå: koble til med %s for å begynne.", Nn: "Ingenting er lagra for %s enno: kopl til med %s for å byrje."},
	AlreadyConnected: strategy.Text{ // %s: id, %s: time
		En: "%s is connected already (since %s). A window that froze is closed within a minute; connect again then, or use another name.",
		Nb: "%s er allerede koblet til (siden %s). Et vindu som har hengt seg opp, lukkes innen et minutt; koble til igjen da, eller bruk et annet navn.", Nn: "%s er alt kopla til (sidan %s). Eit vindauge som har hengt seg opp, blir lukka innan eit minutt; kopl til igjen då, eller bruk eit anna namn."},
	LooksLike: strategy.Text{ // %s: the other name
		En: "Sorry: that name looks like %s, who is here already. Connect with another name.",
		Nb: "Beklager: det navnet ligner på %s, som allerede er her. Koble til med et annet navn.", Nn: "Orsak: det namnet liknar på %s, som alt er her. Kopl til med eit anna namn."},
	TooManyNames: strategy.Text{
		En: "Sorry: too many new names from your computer. Wait a minute and try again.",
		Nb: "Beklager: for mange nye navn fra datamaskinen din. Vent et minutt og prøv igjen.", Nn: "Orsak: for mange nye namn frå datamaskina di. Vent eit minutt og prøv igjen."},
	SaveFailed: strategy.Text{
		En: "the server could not store it; tell the facilitator",
		Nb: "serveren fikk ikke lagret; si fra til kursholderen", Nn: "serveren fekk ikkje lagra; sei frå til kurshaldaren"},
	Written: strategy.Text{ // %s: ssh command
		En: "Your strategy is written. Take it with you:\r\n  %s markdown > strategy.md",
		Nb: "Strategien din er skrevet. Ta den med deg:\r\n  %s markdown > strategi.md", Nn: "Strategien din er skriven. Ta han med deg:\r\n  %s markdown > strategi.md"},
	ClosingSaved: strategy.Text{
		En: "The workshop is closing. Your answers are saved.",
		Nb: "Workshopen stenger. Svarene dine er lagret.", Nn: "Workshopen stengjer. Svara dine er lagra."},
	Idle: strategy.Text{ // %s: duration
		En: "Closed after %s without input. Your answers are saved; connect again to continue.",
		Nb: "Lukket etter %s uten tastetrykk. Svarene dine er lagret; koble til igjen for å fortsette.", Nn: "Lukka etter %s utan tastetrykk. Svara dine er lagra; kopl til igjen for å halde fram."},
	Stopped: strategy.Text{ // %s: id
		En: "Stopped. Your answers are saved; connect again as %s to continue.",
		Nb: "Avsluttet. Svarene dine er lagret; koble til igjen som %s for å fortsette.", Nn: "Avslutta. Svara dine er lagra; kopl til igjen som %s for å halde fram."},
	StoppedDiscarded: strategy.Text{ // %s: id, file, id
		En: "Stopped. The answers you quit without saving are not in your plan; the facilitator can give them back from %s/%s. Connect again as %s to go on from your last saved page.",
		Nb: "Avsluttet. Svarene du avsluttet uten å lagre, er ikke i planen; kursholderen kan gi dem tilbake fra %s/%s. Koble til igjen som %s for å fortsette fra siste lagrede side.",
		Nn: "Avslutta. Svara du avslutta utan å lagre, er ikkje i planen; kurshaldaren kan gi dei tilbake frå %s/%s. Kopl til igjen som %s for å halde fram frå siste lagra side."},
	KeptOnServer: strategy.Text{ // %s: file; ends the wizard's "… is in %s."
		En: "%s on the workshop server (the facilitator can give it to you)",
		Nb: "%s på workshopserveren (kursholderen kan gi deg den)", Nn: "%s på workshoptenaren (kurshaldaren kan gi deg han)"},
	StoppedUnsaved: strategy.Text{
		En: "Stopped. Nothing was saved.",
		Nb: "Avsluttet. Ingenting ble lagret.", Nn: "Avslutta. Ingenting vart lagra."},
	TooSmall: strategy.Text{ // %d×%d: needed, %d×%d: now
		En: "Make the window larger: the interview needs %d×%d, this one is %d×%d.",
		Nb: "Gjør vinduet større: intervjuet trenger %d×%d, dette er %d×%d.", Nn: "Gjer vindauget større: intervjuet treng %d×%d, dette er %d×%d."},
	NoPty: strategy.Text{
		En: "Sorry: your key may not open an interview here; ask the facilitator.",
		Nb: "Beklager: nøkkelen din kan ikke åpne et intervju her; spør kursholderen.", Nn: "Orsak: nøkkelen din kan ikkje opne eit intervju her; spør kurshaldaren."},
	UnknownCommand: strategy.Text{ // %s: command
		En: "Unknown command %s.",
		Nb: "Ukjent kommando %s.", Nn: "Ukjend kommando %s."},
	KeyTaken: strategy.Text{ // %s: id
		En: "Sorry: the name %s belongs to someone else's key. Connect with your own name.",
		Nb: "Beklager: navnet %s hører til en annens nøkkel. Koble til med ditt eget navn.", Nn: "Orsak: namnet %s høyrer til nøkkelen til ein annan. Kopl til med ditt eige namn."},
	Sorry: strategy.Text{ // %s: why
		En: "Sorry: %s.", Nb: "Beklager: %s.", Nn: "Orsak: %s."},
	NeedsKey: strategy.Text{
		En: "Sorry: this workshop needs a key.",
		Nb: "Beklager: denne workshopen krever en nøkkel.", Nn: "Orsak: denne workshopen krev ein nøkkel."},
}

// say formats a message in the language.
func say(t strategy.Text, lang string, args ...any) string {
	if len(args) == 0 {
		return t.In(lang)
	}
	return fmt.Sprintf(t.In(lang), args...)
}
