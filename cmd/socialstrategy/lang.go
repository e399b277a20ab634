package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// uiLang is the language of what the command line says itself: its
// errors, usage errors, summaries and --help. run sets it before anything
// is printed, from --lang when the command line has a known one, else from
// the locale (LC_ALL, LC_MESSAGES, LANG). What is about a plan speaks the
// plan's language where the command knows it (check's findings, an
// answers file's errors).
var uiLang = strategy.LangEnglish

// langOf picks the language of the command line from its arguments and the
// locale.
func langOf(args []string, getenv func(string) string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok && slices.Contains(strategy.Languages, v) {
			return v
		}
	}
	return strategy.LangFromLocale(getenv)
}

// say formats a message in the language of the command line.
func say(t strategy.Text, args ...any) string { return fmt.Sprintf(t.In(uiLang), args...) }

// errorf is fmt.Errorf in the language of the command line; %w works.
func errorf(t strategy.Text, args ...any) error { return fmt.Errorf(t.In(uiLang), args...) }

// What the command line says, in every language. Command names, flags,
// file names and YAML keys stay as typed.
var (
	// langNames names each language in every language.
	langNames = map[string]strategy.Text{
		strategy.LangEnglish: {En: "English", Nb: "engelsk", Nn: "engelsk"},
		strategy.LangBokmal:  {En: "bokmål", Nb: "bokmål", Nn: "bokmål"},
		strategy.LangNynorsk: {En: "nynorsk", Nb: "nynorsk", Nn: "nynorsk"},
	}
	// msgOtherLang: a document rendered in another language than its
	// answers gets that language's headings around the answers as typed.
	msgOtherLang = strategy.Text{
		En: "Note: the headings are in English; the answers stay as they were written (%s).\n",
		Nb: "Merk: overskriftene er på bokmål; svarene står slik de ble skrevet (%s).\n",
		Nn: "Merk: overskriftene er på nynorsk; svara står slik dei vart skrivne (%s).\n",
	}
	msgUnknownSection = strategy.Text{
		En: "unknown section %q for --require (known: %s)",
		Nb: "ukjent del %q for --require (kjente: %s)",
		Nn: "ukjend del %q for --require (kjende: %s)",
	}
	msgUnknownLang = strategy.Text{
		En: "unknown language %q for --lang (known: en, nb, nn)",
		Nb: "ukjent språk %q for --lang (kjente: en, nb, nn)",
		Nn: "ukjent språk %q for --lang (kjende: en, nb, nn)",
	}
	msgUnknownFormat = strategy.Text{
		En: "unknown format %q for --format (known: text, json)",
		Nb: "ukjent format %q for --format (kjente: text, json)",
		Nn: "ukjent format %q for --format (kjende: text, json)",
	}
	msgUnknownCommand = strategy.Text{
		En: "unknown command %q for %q; see %s --help",
		Nb: "ukjent kommando %q for %q; se %s --help",
		Nn: "ukjend kommando %q for %q; sjå %s --help",
	}
	msgNoArgs = strategy.Text{
		En: "%s takes no arguments, got %q",
		Nb: "%s tar ingen argumenter, men fikk %q",
		Nn: "%s tek ingen argument, men fekk %q",
	}
	msgNeeds = strategy.Text{
		En: "%s needs %s; see %s --help",
		Nb: "%s trenger %s; se %s --help",
		Nn: "%s treng %s; sjå %s --help",
	}
	msgProblems = strategy.Text{En: "%d problems found.", Nb: "Fant %d problemer.", Nn: "Fann %d problem."}
	msgTryHelp  = strategy.Text{En: "Try --help for usage.", Nb: "Se --help for bruk.", Nn: "Sjå --help for bruk."}
	msgValid    = strategy.Text{
		En: "%s: valid; %d of %d points decided",
		Nb: "%s: gyldig; %d av %d punkter avklart",
		Nn: "%s: gyldig; %d av %d punkt avklart",
	}
	msgGapsRemain = strategy.Text{
		En: "%s in %s; fill them in, or leave out --strict to get advice only",
		Nb: "%s i %s; fyll dem ut, eller la være å bruke --strict for bare å få råd",
		Nn: "%s i %s; fyll dei ut, eller lat vere å bruke --strict for berre å få råd",
	}
	msgUpgradeCurrent = strategy.Text{
		En: "%s: already version %d; nothing to change",
		Nb: "%s: har allerede versjon %d; ingenting å endre",
		Nn: "%s: har alt versjon %d; ingenting å endre",
	}
	msgUpgraded = strategy.Text{En: "%s: upgraded to version %d", Nb: "%s: oppgradert til versjon %d", Nn: "%s: oppgradert til versjon %d"}
	msgWarning  = strategy.Text{En: "warning", Nb: "advarsel", Nn: "åtvaring"}
	msgFilesOf  = strategy.Text{En: "%d of %d files", Nb: "%d av %d filer", Nn: "%d av %d filer"}
)

// What the arguments a command needs are called in its usage errors.
var argNames = map[string]strategy.Text{
	"at least one answers file": {En: "at least one answers file", Nb: "minst én svarfil", Nn: "minst éi svarfil"},
	"one answers file (or - for standard input)": {En: "one answers file (or - for standard input)",
		Nb: "én svarfil (eller - for standard inn)", Nn: "éi svarfil (eller - for standard inn)"},
	"a template name (en, nb, nn)": {En: "a template name (en, nb, nn)", Nb: "et malnavn (en, nb, nn)", Nn: "eit malnamn (en, nb, nn)"},
	"the answers file to edit":     {En: "the answers file to edit", Nb: "svarfilen som skal endres", Nn: "svarfila som skal endrast"},
}

// argName is what a command's arguments are called, in the command line's
// language.
func argName(what string) string {
	if t, ok := argNames[what]; ok {
		return t.In(uiLang)
	}
	return what
}

// cobraErrors are the usage errors cobra and pflag make themselves, in
// English, with what they say in the other languages. $1 … are the parts
// taken from the English.
var cobraErrors = []struct {
	re *regexp.Regexp
	t  strategy.Text
}{
	{regexp.MustCompile(`^unknown flag: (.*)$`), strategy.Text{En: "unknown flag: $1", Nb: "ukjent flagg: $1", Nn: "ukjent flagg: $1"}},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in (.*)$`), strategy.Text{En: "unknown shorthand flag: '$1' in $2",
		Nb: "ukjent kort flagg: '$1' i $2", Nn: "ukjent kort flagg: '$1' i $2"}},
	{regexp.MustCompile(`^flag needs an argument: '(.)' in (.*)$`), strategy.Text{En: "$0",
		Nb: "flagget trenger en verdi: '$1' i $2", Nn: "flagget treng ein verdi: '$1' i $2"}},
	{regexp.MustCompile(`^flag needs an argument: (.*)$`), strategy.Text{En: "flag needs an argument: $1",
		Nb: "flagget trenger en verdi: $1", Nn: "flagget treng ein verdi: $1"}},
	{regexp.MustCompile(`^invalid argument ("[^"]*") for ("[^"]*") flag: .*$`), strategy.Text{En: "$0",
		Nb: "ugyldig verdi $1 for flagget $2", Nn: "ugyldig verdi $1 for flagget $2"}},
	{regexp.MustCompile(`^unknown command ("[^"]*") for ("[^"]*")$`), strategy.Text{En: "$0",
		Nb: "ukjent kommando $1 for $2", Nn: "ukjend kommando $1 for $2"}},
	// The errors of the commands and of strategy.Load that other files make.
	{regexp.MustCompile("^(.+): no such file; start one with `socialstrategy` or `socialstrategy example -o (.+)`$"), strategy.Text{En: "$0",
		Nb: "$1: filen finnes ikke; begynn på en med `socialstrategy` eller `socialstrategy example -o $2`",
		Nn: "$1: fila finst ikkje; byrj på ei med `socialstrategy` eller `socialstrategy example -o $2`"}},
	{regexp.MustCompile("^(.+): no such file; start a new plan with `socialstrategy new --answers (.+)`$"), strategy.Text{En: "$0",
		Nb: "$1: filen finnes ikke; begynn på en ny plan med `socialstrategy new --answers $2`",
		Nn: "$1: fila finst ikkje; byrj på ein ny plan med `socialstrategy new --answers $2`"}},
	{regexp.MustCompile("^(.+) already exists; continue it with `socialstrategy edit (.+)`, or choose another file with --answers$"), strategy.Text{En: "$0",
		Nb: "$1 finnes allerede; fortsett med `socialstrategy edit $2`, eller velg en annen fil med --answers",
		Nn: "$1 finst alt; hald fram med `socialstrategy edit $2`, eller vel ei anna fil med --answers"}},
	{regexp.MustCompile(`^unknown theme ("[^"]*") \(known: (.*)\)$`), strategy.Text{En: "$0",
		Nb: "ukjent tema $1 (kjente: $2)", Nn: "ukjent tema $1 (kjende: $2)"}},
	{regexp.MustCompile(`^unknown format ("[^"]*") \(known: (.*)\)( for --format)?$`), strategy.Text{En: "$0",
		Nb: "ukjent format $1 (kjente: $2)$3", Nn: "ukjent format $1 (kjende: $2)$3"}},
	{regexp.MustCompile(`^a (\S+) document is a binary file; write it to a file with -o (\S+)$`), strategy.Text{En: "$0",
		Nb: "et $1-dokument er en binærfil; skriv det til en fil med -o $2", Nn: "eit $1-dokument er ei binærfil; skriv det til ei fil med -o $2"}},
	{regexp.MustCompile(`^no built-in template ("[^"]*") \(known: (.*)\)$`), strategy.Text{En: "$0",
		Nb: "ingen innebygd mal $1 (kjente: $2)", Nn: "ingen innebygd mal $1 (kjende: $2)"}},
	{regexp.MustCompile(`^your latest answers could not be saved: (.*)$`), strategy.Text{En: "$0",
		Nb: "de siste svarene deres kunne ikke lagres: $1", Nn: "dei siste svara dykkar kunne ikkje lagrast: $1"}},
	{regexp.MustCompile(`^(.+): removed, it was empty$`), strategy.Text{En: "$0",
		Nb: "$1: fjernet, feltet var tomt", Nn: "$1: fjerna, feltet var tomt"}},
	{regexp.MustCompile(`^comments: each section's explanation rewritten for version (\d+)$`), strategy.Text{En: "$0",
		Nb: "kommentarer: forklaringen til hver del er skrevet om for versjon $1",
		Nn: "kommentarar: forklaringa til kvar del er skriven om for versjon $1"}},
	{regexp.MustCompile(`^upgrade rewrites files in place; give a file name, not -$`), strategy.Text{En: "$0",
		Nb: "upgrade skriver om filer på stedet; gi et filnavn, ikke -", Nn: "upgrade skriv om filer på staden; gi eit filnamn, ikkje -"}},
	// serve's and workshop's, for the facilitator.
	{regexp.MustCompile(`^--max-window (.*) must be COLUMNSxROWS between (\S+) and 1000x1000, such as 200x60$`), strategy.Text{En: "$0",
		Nb: "--max-window $1 må være KOLONNERxRADER mellom $2 og 1000x1000, for eksempel 200x60",
		Nn: "--max-window $1 må vere KOLONNARxRADER mellom $2 og 1000x1000, til dømes 200x60"}},
	{regexp.MustCompile(`^--listen (\S+) is a port without an address; use (\S+) for this computer only, or (\S+) with --code for the room$`), strategy.Text{En: "$0",
		Nb: "--listen $1 er en port uten adresse; bruk $2 for bare denne datamaskinen, eller $3 med --code for rommet",
		Nn: "--listen $1 er ein port utan adresse; bruk $2 for berre denne datamaskina, eller $3 med --code for rommet"}},
	{regexp.MustCompile(`^--listen (.*) is not HOST:PORT, such as 127.0.0.1:2222 or :2222$`), strategy.Text{En: "$0",
		Nb: "--listen $1 er ikke VERT:PORT, for eksempel 127.0.0.1:2222 eller :2222",
		Nn: "--listen $1 er ikkje VERT:PORT, til dømes 127.0.0.1:2222 eller :2222"}},
	{regexp.MustCompile(`^(--[a-z-]+) must be at least (\S+)$`), strategy.Text{En: "$0",
		Nb: "$1 må være minst $2", Nn: "$1 må vere minst $2"}},
	{regexp.MustCompile(`^give either --code or --authorized-keys, not both$`), strategy.Text{En: "$0",
		Nb: "gi enten --code eller --authorized-keys, ikke begge", Nn: "gi anten --code eller --authorized-keys, ikkje begge"}},
	{regexp.MustCompile(`^--code starts or ends with a space, which participants cannot see; leave it out$`), strategy.Text{En: "$0",
		Nb: "--code begynner eller slutter med et mellomrom, som deltakerne ikke kan se; fjern det",
		Nn: "--code byrjar eller sluttar med eit mellomrom, som deltakarane ikkje kan sjå; fjern det"}},
	{regexp.MustCompile(`^--code is too easy to guess; use at least 6 characters besides spaces, such as two words$`), strategy.Text{En: "$0",
		Nb: "--code er for lett å gjette; bruk minst 6 tegn utenom mellomrom, for eksempel to ord",
		Nn: "--code er for lett å gjette; bruk minst 6 teikn utanom mellomrom, til dømes to ord"}},
	{regexp.MustCompile(`^--listen (\S+) would let anyone on the network in; add --code WORD or --authorized-keys FILE, or listen on 127.0.0.1$`), strategy.Text{En: "$0",
		Nb: "--listen $1 ville sluppet inn hvem som helst på nettet; legg til --code ORD eller --authorized-keys FIL, eller lytt på 127.0.0.1",
		Nn: "--listen $1 ville sleppt inn kven som helst på nettet; legg til --code ORD eller --authorized-keys FIL, eller lytt på 127.0.0.1"}},
	{regexp.MustCompile(`^--metrics (\S+) must be a loopback address such as 127.0.0.1:6060$`), strategy.Text{En: "$0",
		Nb: "--metrics $1 må være en loopback-adresse som 127.0.0.1:6060", Nn: "--metrics $1 må vere ei loopback-adresse som 127.0.0.1:6060"}},
	{regexp.MustCompile(`^--fps must be between 1 and 120$`), strategy.Text{En: "$0",
		Nb: "--fps må være mellom 1 og 120", Nn: "--fps må vere mellom 1 og 120"}},
	{regexp.MustCompile(`^--log-format (.*): use text or json$`), strategy.Text{En: "$0",
		Nb: "--log-format $1: bruk text eller json", Nn: "--log-format $1: bruk text eller json"}},
	{regexp.MustCompile("^(.+) holds no workshop; start one with `socialstrategy serve --data (.+)`, or point --data at its folder$"), strategy.Text{En: "$0",
		Nb: "$1 inneholder ingen workshop; start en med `socialstrategy serve --data $2`, eller pek --data på mappen dens",
		Nn: "$1 inneheld ingen workshop; start ein med `socialstrategy serve --data $2`, eller peik --data på mappa til han"}},
	{regexp.MustCompile(`(?s)^the interview needs a terminal, and standard input or output is not one\..*$`), strategy.Text{En: "$0",
		Nb: "intervjuet trenger en terminal, og standard inn eller ut er ikke en terminal.\n" +
			"Kjør socialstrategy i en terminal, eller legg til --accessible for enkle spørsmål som virker med pipe\n" +
			"og skjermleser (f.eks. socialstrategy --accessible < svar.txt)",
		Nn: "intervjuet treng ein terminal, og standard inn eller ut er ikkje ein terminal.\n" +
			"Køyr socialstrategy i ein terminal, eller legg til --accessible for enkle spørsmål som verkar med pipe\n" +
			"og skjermlesar (til dømes socialstrategy --accessible < svar.txt)"}},
}

// localError puts an error cobra, the commands or the operating system
// made in the command line's language; any other error is returned as it
// is.
func localError(s string) string {
	for _, c := range cobraErrors {
		if m := c.re.FindStringSubmatchIndex(s); m != nil {
			return string(c.re.ExpandString(nil, c.t.In(uiLang), s, m))
		}
	}
	if m := osError.FindStringSubmatch(s); m != nil && uiLang != strategy.LangEnglish {
		if why, ok := osReasons[m[3]]; ok {
			return m[2] + ": " + why.In(uiLang)
		}
	}
	return s
}

// osError is how Go's os package words a failed file operation:
// "open plan.yaml: no such file or directory".
var osError = regexp.MustCompile(`^(open|read|write|stat|lstat|rename|mkdir|remove|create) (.+): ([a-z ]+)$`)

// osReasons are the reasons a file operation fails that a person meets.
var osReasons = map[string]strategy.Text{
	"no such file or directory": {En: "no such file or directory", Nb: "filen eller mappen finnes ikke", Nn: "fila eller mappa finst ikkje"},
	"permission denied":         {En: "permission denied", Nb: "ingen tilgang", Nn: "ingen tilgang"},
	"is a directory":            {En: "is a directory", Nb: "er en mappe", Nn: "er ei mappe"},
	"not a directory":           {En: "not a directory", Nb: "er ikke en mappe", Nn: "er ikkje ei mappe"},
	"no space left on device":   {En: "no space left on device", Nb: "disken er full", Nn: "disken er full"},
	"file exists":               {En: "file exists", Nb: "filen finnes allerede", Nn: "fila finst alt"},
	"read-only file system":     {En: "read-only file system", Nb: "filsystemet er skrivebeskyttet", Nn: "filsystemet er skriveverna"},
}

// help is what --help says about a command, by its path without the root:
// "" for the root, "template show" for a subcommand.
type help struct{ Short, Long strategy.Text }

// localizeHelp puts the short and long descriptions of every command, and
// the usage of its flags, in the command line's language. English is what
// the commands are written with, so it changes nothing.
func localizeHelp(root *cobra.Command) {
	if uiLang == strategy.LangEnglish {
		return
	}
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpFlag()
	root.InitDefaultVersionFlag()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		path := strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), root.Name()), " ")
		if h, ok := helpTexts[path]; ok {
			c.Short = h.Short.In(uiLang)
			if h.Long != (strategy.Text{}) {
				c.Long = h.Long.In(uiLang)
			} else {
				c.Long = ""
			}
		}
		c.InitDefaultHelpFlag()
		visit := func(f *pflag.Flag) {
			if t, ok := flagTexts[path+" --"+f.Name]; ok {
				f.Usage = t.In(uiLang)
			} else if t, ok := flagTexts["--"+f.Name]; ok {
				f.Usage = t.In(uiLang)
			}
		}
		c.Flags().VisitAll(visit)
		c.PersistentFlags().VisitAll(visit)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// errorIn is err as the person reads it: an answers file's errors with
// their explanation in the file's language or lang, a usage error cobra
// made in lang, one error a line.
func errorIn(err error, lang string) string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range j.Unwrap() {
			lines = append(lines, errorIn(e, lang))
		}
		return strings.Join(lines, "\n")
	}
	var es strategy.Errors
	if errors.As(err, &es) && err.Error() == es.Error() {
		return es.In(lang)
	}
	return localError(err.Error())
}
