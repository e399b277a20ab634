package strategy

import (
	"cmp"
	"fmt"
	"regexp"
	"strings"
)

// fieldMsg is a message's English format and its arguments.
type fieldMsg struct {
	format string
	args   []any
}

// newFieldError makes the error at file:line:col about path. format is the
// English fmt format; In looks it up in fieldTexts for the other languages
// only when asked, so a hostile file's thousands of errors cost no more
// than in English.
func newFieldError(file string, line, col int, path, format string, args ...any) *FieldError {
	return &FieldError{File: file, Line: line, Col: col, Path: path, Msg: fmt.Sprintf(format, args...), src: &fieldMsg{format, args}}
}

// text is the message in every language; zero when Msg is all there is.
func (e *FieldError) text() Text {
	if e.src == nil {
		return Text{}
	}
	return fieldText(e.src.format, e.src.args...)
}

// fieldText formats an answers-file message in every language. A format
// missing from fieldTexts gives English only, which TestFieldTexts refuses.
// The English words some arguments are (kinds of YAML value, "did you
// mean") are put in each language too.
func fieldText(format string, args ...any) Text {
	f, ok := fieldTexts[format]
	if !ok {
		f = Text{En: format}
	}
	targs := make([]any, len(args))
	for i, a := range args {
		targs[i] = a
		s, ok := a.(string)
		if !ok {
			continue
		}
		if t, ok := argTexts[s]; ok {
			targs[i] = t
		} else if m := didYouMeanText.FindStringSubmatch(s); m != nil {
			targs[i] = Text{En: s, Nb: "; mente du " + m[1] + "?", Nn: "; meinte du " + m[1] + "?"}
		}
	}
	return sprintf(f, targs...)
}

var didYouMeanText = regexp.MustCompile(`^; did you mean ("[^"]*")\?$`)

// argTexts are the English words load.go passes as arguments.
var argTexts = map[string]Text{
	"a list":          {En: "a list", Nb: "en liste", Nn: "ei liste"},
	"keys and values": {En: "keys and values", Nb: "nøkler og verdier", Nn: "nøklar og verdiar"},
	"an alias":        {En: "an alias", Nb: "et alias", Nn: "eit alias"},
}

// fieldTexts are the messages of answers-file errors in bokmål and
// nynorsk, by their English format. The format verbs stay in the order of
// the English.
var fieldTexts = map[string]Text{
	"file is larger than %d KiB; an answers file is a few KiB of YAML": {
		Nb: "filen er større enn %d KiB; en svarfil er noen få KiB YAML",
		Nn: "fila er større enn %d KiB; ei svarfil er nokre få KiB YAML",
	},
	"not a text file; an answers file is YAML text in UTF-8 (try `socialstrategy example`)": {
		Nb: "ikke en tekstfil; en svarfil er YAML-tekst i UTF-8 (prøv `socialstrategy example`)",
		Nn: "ikkje ei tekstfil; ei svarfil er YAML-tekst i UTF-8 (prøv `socialstrategy example`)",
	},
	"file is empty; start from `socialstrategy example`": {
		Nb: "filen er tom; begynn med `socialstrategy example`",
		Nn: "fila er tom; byrj med `socialstrategy example`",
	},
	"file has no answers in it; start from `socialstrategy example`": {
		Nb: "filen har ingen svar; begynn med `socialstrategy example`",
		Nn: "fila har ingen svar; byrj med `socialstrategy example`",
	},
	"control character %U is not allowed in YAML; remove it": {
		Nb: "kontrolltegnet %U er ikke tillatt i YAML; fjern det",
		Nn: "kontrollteiknet %U er ikkje tillate i YAML; fjern det",
	},
	"more than one YAML document; an answers file holds one plan": {
		Nb: "mer enn ett YAML-dokument; en svarfil inneholder én plan",
		Nn: "meir enn eitt YAML-dokument; ei svarfil inneheld éin plan",
	},
	"not an answers file: want keys and values such as \"version: 1\" at the top, found %s": {
		Nb: "ikke en svarfil: øverst skal det stå nøkler og verdier som \"version: 1\", men her står %s",
		Nn: "ikkje ei svarfil: øvst skal det stå nøklar og verdiar som \"version: 1\", men her står %s",
	},
	"aliases (*%s) are not supported in an answers file; write the value out": {
		Nb: "alias (*%s) støttes ikke i en svarfil; skriv verdien helt ut",
		Nn: "alias (*%s) er ikkje støtta i ei svarfil; skriv verdien heilt ut",
	},
	"want text, found %s": {
		Nb: "her skal det stå tekst, men det står %s",
		Nn: "her skal det stå tekst, men det står %s",
	},
	"want a whole number, found %s": {
		Nb: "her skal det stå et heltall, men det står %s",
		Nn: "her skal det stå eit heiltal, men det står %s",
	},
	"want a list such as [a, b] or lines starting with \"- \", found %s": {
		Nb: "her skal det stå en liste som [a, b] eller linjer som begynner med \"- \", men det står %s",
		Nn: "her skal det stå ei liste som [a, b] eller linjer som byrjar med \"- \", men det står %s",
	},
	"want keys and values (a mapping), found %s": {
		Nb: "her skal det stå nøkler og verdier, men det står %s",
		Nn: "her skal det stå nøklar og verdiar, men det står %s",
	},
	"keys must be plain names; merge keys and complex keys are not supported": {
		Nb: "nøkler må være enkle navn; flettenøkler og sammensatte nøkler støttes ikke",
		Nn: "nøklar må vere enkle namn; flettenøklar og samansette nøklar er ikkje støtta",
	},
	"unknown key %q (known: %s)%s": {
		Nb: "ukjent nøkkel %q (kjente: %s)%s",
		Nn: "ukjend nøkkel %q (kjende: %s)%s",
	},
	"key %q is given twice (first on line %d)": {
		Nb: "nøkkelen %q står to ganger (første gang på linje %d)",
		Nn: "nøkkelen %q står to gonger (første gong på linje %d)",
	},
	"missing; add `version: %d` at the top of the file": {
		Nb: "mangler; skriv `version: %d` øverst i filen",
		Nn: "manglar; skriv `version: %d` øvst i fila",
	},
	"unsupported version %d; this socialstrategy reads versions %d to %d": {
		Nb: "versjon %d støttes ikke; denne socialstrategy leser versjon %d til %d",
		Nn: "versjon %d er ikkje støtta; denne socialstrategy les versjon %d til %d",
	},
	"unknown kind %q (known: %s)%s": {
		Nb: "ukjent type virksomhet %q (kjente: %s)%s",
		Nn: "ukjend type verksemd %q (kjende: %s)%s",
	},
	"missing; name the group, e.g. `name: Families living nearby`": {
		Nb: "mangler; skriv navnet på gruppen, for eksempel `name: Barnefamilier i nabolaget`",
		Nn: "manglar; skriv namnet på gruppa, til dømes `name: Barnefamiliar i nabolaget`",
	},
	"missing; name the channel not used, e.g. tiktok": {
		Nb: "mangler; skriv navnet på kanalen dere ikke bruker, for eksempel tiktok",
		Nn: "manglar; skriv namnet på kanalen de ikkje brukar, til dømes tiktok",
	},
	"channel %q is both used (channels[%d]) and declined; remove one of them": {
		Nb: "kanalen %q er både brukt (channels[%d]) og valgt bort; fjern den ene",
		Nn: "kanalen %q er både brukt (channels[%d]) og vald bort; fjern den eine",
	},
	"channel %q is listed twice (first as channels[%d]); give each an `account` if they are different accounts": {
		Nb: "kanalen %q står to ganger (første gang som channels[%d]); gi hver sin `account` hvis det er ulike kontoer",
		Nn: "kanalen %q står to gonger (første gong som channels[%d]); gi kvar sin `account` dersom det er ulike kontoar",
	},
	"account %q on %q is listed twice (first as channels[%d])": {
		Nb: "kontoen %q på %q står to ganger (første gang som channels[%d])",
		Nn: "kontoen %q på %q står to gonger (første gong som channels[%d])",
	},
	"unknown language %q (known: %s)": {
		Nb: "ukjent språk %q (kjente: %s)",
		Nn: "ukjent språk %q (kjende: %s)",
	},
	"missing; give the name of the organisation the plan is for": {
		Nb: "mangler; skriv navnet på virksomheten planen gjelder",
		Nn: "manglar; skriv namnet på verksemda planen gjeld",
	},
	"missing; use `active` or `none`": {
		Nb: "mangler; bruk `active` eller `none`",
		Nn: "manglar; bruk `active` eller `none`",
	},
	"missing; say why the organisation will not be on social media": {
		Nb: "mangler; skriv hvorfor virksomheten ikke skal være i sosiale medier",
		Nn: "manglar; skriv kvifor verksemda ikkje skal vere i sosiale medium",
	},
	"only for `presence: none`; remove it or change presence": {
		Nb: "gjelder bare for `presence: none`; fjern den eller endre presence",
		Nn: "gjeld berre for `presence: none`; fjern han eller endre presence",
	},
	"missing; an active plan needs at least one channel (or set `presence: none`)": {
		Nb: "mangler; en aktiv plan trenger minst én kanal (eller sett `presence: none`)",
		Nn: "manglar; ein aktiv plan treng minst éin kanal (eller set `presence: none`)",
	},
	"must be empty when presence is none; remove the channels or set `presence: active`": {
		Nb: "må være tom når presence er none; fjern kanalene eller sett `presence: active`",
		Nn: "må vere tom når presence er none; fjern kanalane eller set `presence: active`",
	},
	"unknown value %q (known: %s, %s)": {
		Nb: "ukjent verdi %q (kjente: %s, %s)",
		Nn: "ukjend verdi %q (kjende: %s, %s)",
	},
	"unknown value %q (known: %s, %s, %s)": {
		Nb: "ukjent verdi %q (kjente: %s, %s, %s)",
		Nn: "ukjend verdi %q (kjende: %s, %s, %s)",
	},
	"missing; name the channel, e.g. instagram or a name of your own": {
		Nb: "mangler; skriv navnet på kanalen, for eksempel instagram eller et eget navn",
		Nn: "manglar; skriv namnet på kanalen, til dømes instagram eller eit eige namn",
	},
	"channel %q is listed twice (first as channels[%d])": {
		Nb: "kanalen %q står to ganger (første gang som channels[%d])",
		Nn: "kanalen %q står to gonger (første gong som channels[%d])",
	},
	"unknown purpose %q (known: %s)%s": {
		Nb: "ukjent formål %q (kjente: %s)%s",
		Nn: "ukjend føremål %q (kjende: %s)%s",
	},
	"purpose %q is listed twice": {
		Nb: "formålet %q står to ganger",
		Nn: "føremålet %q står to gonger",
	},
	"empty item; remove it or fill it in": {
		Nb: "tomt punkt; fjern det eller fyll det ut",
		Nn: "tomt punkt; fjern det eller fyll det ut",
	},
	"%q is not a channel socialstrategy knows, so it is taken as a channel of your own; did you mean %q?": {
		Nb: "%q er ikke en kanal socialstrategy kjenner, så den regnes som en egen kanal; mente du %q?",
		Nn: "%q er ikkje ein kanal socialstrategy kjenner, så han blir rekna som ein eigen kanal; meinte du %q?",
	},
	"%d more problems not shown; fix the ones above first": {
		Nb: "%d problemer til vises ikke; rett dem over først",
		Nn: "%d problem til blir ikkje viste; rett dei over først",
	},
}

func init() {
	// The English of each entry is its key.
	for k, t := range fieldTexts {
		t.En = k
		fieldTexts[k] = t
	}
}

// In returns the error in the given language: the place (file:line:col:
// path:) as it is, the explanation translated. An error whose message has
// no translation, such as a syntax error already written in the file's
// language, is returned as it is.
func (e *FieldError) In(lang string) string {
	text := e.text()
	if text == (Text{}) {
		return e.Error()
	}
	var b strings.Builder
	b.WriteString(cmp.Or(e.File, "<input>"))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(text.In(lang))
	return b.String()
}

// MsgIn is the explanation alone, in the given language.
func (e *FieldError) MsgIn(lang string) string {
	if text := e.text(); text != (Text{}) {
		return text.In(lang)
	}
	return e.Msg
}

// In returns every error in the given language, one a line, in order.
func (es Errors) In(lang string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.In(cmp.Or(e.Lang, lang))
	}
	return strings.Join(lines, "\n")
}

// inLanguage marks every error with the language the file names.
func (es Errors) inLanguage(lang string) Errors {
	for _, e := range es {
		e.Lang = lang
	}
	return es
}
