package strategy

import (
	"strings"
	"unicode/utf8"
)

// FileSection is a top-level key of the answers file and what it holds,
// for the comment Marshal writes above it. The comment is About followed
// by one line per question of the catalogue under the key, so a person
// editing the file by hand reads what each key means and which values it
// takes, in the plan's language.
type FileSection struct {
	Key string
	// About says what the section holds that its questions do not: the
	// parts of a list item no page asks one by one, the rules between
	// keys. Empty when the questions say it all.
	About Text
}

// FileSections lists the answers file's top-level keys that get a
// comment, in file order.
var FileSections = []FileSection{
	{Key: "version", About: Text{
		En: "socialstrategy answers file. Edit by hand or with `socialstrategy edit FILE`;\ncheck with `socialstrategy validate FILE`, print with `socialstrategy render FILE`.\nFormat version: 2 (version 1 files still load; `socialstrategy upgrade FILE` rewrites them).",
		Nb: "Svarfil for socialstrategy. Rediger for hånd eller med `socialstrategy edit FIL`;\nsjekk med `socialstrategy validate FIL`, skriv ut med `socialstrategy render FIL`.\nFormatversjon: 2. Filer i versjon 1 kan fortsatt leses; `socialstrategy upgrade FIL` skriver dem om.\nNøklene (før kolon) og valgene som active og designated står på engelsk; svarene skriver du på norsk.",
		Nn: "Svarfil for socialstrategy. Rediger for hand eller med `socialstrategy edit FIL`;\nsjekk med `socialstrategy validate FIL`, skriv ut med `socialstrategy render FIL`.\nFormatversjon: 2. Filer i versjon 1 kan framleis lesast; `socialstrategy upgrade FIL` skriv dei om.\nNøklane (før kolon) og vala som active og designated står på engelsk; svara skriv du på norsk.",
	}},
	{Key: "language", About: Text{
		En: "Language of the document:",
		Nb: "Språket i dokumentet:",
		Nn: "Språket i dokumentet:",
	}},
	{Key: "document", About: Text{
		En: "Document control, printed at the top of the document. formats: the files the wizard writes,\nany of md (Markdown), html (a web page that prints on A4), docx (a Word file).",
		Nb: "Dokumentkontroll, skrevet øverst i dokumentet. formats: filene veiviseren skriver,\nen eller flere av md (Markdown), html (en nettside som skrives ut på A4), docx (en Word-fil).",
		Nn: "Dokumentkontroll, skriven øvst i dokumentet. formats: filene vegvisaren skriv,\nein eller fleire av md (Markdown), html (ei nettside som kan skrivast ut på A4), docx (ei Word-fil).",
	}},
	{Key: "organisation", About: Text{
		En: "Who the plan is for. An audience is a name, or: name, why (the reason it matters),\nwhere (channel ids) and wants (what they want from us).",
		Nb: "Hvem planen gjelder. En målgruppe er et navn, eller: name (navn), why (hvorfor den er viktig),\nwhere (kanal-id-er) og wants (hva de vil ha fra oss).",
		Nn: "Kven planen gjeld. Ei målgruppe er eit namn, eller: name (namn), why (kvifor ho er viktig),\nwhere (kanal-id-ar) og wants (kva dei vil ha frå oss).",
	}},
	{Key: "presence", About: Text{
		En: "Whether we will be on social media at all:",
		Nb: "Om vi skal være i sosiale medier i det hele tatt:",
		Nn: "Om vi skal vere i sosiale medium i det heile:",
	}},
	{Key: "no_presence_reason", About: Text{
		En: "Only with presence: none.", Nb: "Bare med presence: none.", Nn: "Berre med presence: none.",
	}},
	{Key: "instead", About: Text{
		En: "Only with presence: none.", Nb: "Bare med presence: none.", Nn: "Berre med presence: none.",
	}},
	{Key: "revisit_triggers", About: Text{
		En: "Only with presence: none.", Nb: "Bare med presence: none.", Nn: "Berre med presence: none.",
	}},
	{Key: "channels", About: Text{
		En: "One entry per account; account is the handle, so one service can hold several accounts.\nid is a name of your own for a channel, or one of the channels the tool knows:",
		Nb: "Én oppføring per konto; account er brukernavnet, slik at én tjeneste kan ha flere kontoer.\nid er et eget navn på en kanal, eller en av kanalene verktøyet kjenner:",
		Nn: "Éi oppføring per konto; account er brukarnamnet, slik at éi teneste kan ha fleire kontoar.\nid er eit eige namn på ein kanal, eller ein av kanalane verktøyet kjenner:",
	}},
	{Key: "declined_channels", About: Text{
		En: "Each with id (the channel) and reason (why not).",
		Nb: "Hver med id (kanalen) og reason (hvorfor ikke).",
		Nn: "Kvar med id (kanalen) og reason (kvifor ikkje).",
	}},
	{Key: "content", About: Text{
		En: "What we post about, what we never post about, and how we plan it.",
		Nb: "Hva vi publiserer om, hva vi aldri publiserer om, og hvordan vi planlegger det.",
		Nn: "Kva vi publiserer om, kva vi aldri publiserer om, og korleis vi planlegg det.",
	}},
	{Key: "resources", About: Text{
		En: "The time, money and tools the plan has.",
		Nb: "Tiden, pengene og verktøyene planen har.",
		Nn: "Tida, pengane og verktøya planen har.",
	}},
	{Key: "voice", About: Text{
		En: "How we come across, and who may speak for us.",
		Nb: "Hvordan vi framstår, og hvem som kan uttale seg på vegne av oss.",
		Nn: "Korleis vi framstår, og kven som kan uttale seg på vegner av oss.",
	}},
	{Key: "governance", About: Text{
		En: "Who approves what, and how the accounts are kept safe, accessible and lawful.",
		Nb: "Hvem som godkjenner hva, og hvordan kontoene holdes sikre, universelt utformet og lovlige.",
		Nn: "Kven som godkjenner kva, og korleis kontoane blir haldne trygge, universelt utforma og lovlege.",
	}},
	{Key: "responses", About: Text{
		En: "When we answer, how we answer praise and criticism, our house rules, and what we do when something\nunexpected happens. The first steps of an incident go in the order they are done: pause scheduled posts first.",
		Nb: "Når vi svarer, hvordan vi svarer på ros og kritikk, husreglene våre, og hva vi gjør når noe uventet\nskjer. De første stegene ved en hendelse står i den rekkefølgen de gjøres: sett planlagte innlegg på pause først.",
		Nn: "Når vi svarar, korleis vi svarar på ros og kritikk, husreglane våre, og kva vi gjer når noko uventa\nskjer. Dei første stega ved ei hending står i den rekkjefølgja dei blir gjorde: set planlagde innlegg på pause først.",
	}},
	{Key: "listening", About: Text{
		En: "What we listen for (our name, products, competitors), how often, who does it, with which tools.",
		Nb: "Hva vi lytter etter (navnet vårt, produkter, konkurrenter), hvor ofte, hvem som gjør det, og med hvilke verktøy.",
		Nn: "Kva vi lyttar etter (namnet vårt, produkt, konkurrentar), kor ofte, kven som gjer det, og med kva verktøy.",
	}},
	{Key: "reporting", About: Text{
		En: "How often results are reported, by whom and to whom.",
		Nb: "Hvor ofte resultatene rapporteres, av hvem og til hvem.",
		Nn: "Kor ofte resultata blir rapporterte, av kven og til kven.",
	}},
	{Key: "review", About: Text{
		En: "When we look at this strategy (or the decision to stay away) again, and who is responsible.",
		Nb: "Når vi ser på strategien (eller beslutningen om å holde oss borte) på nytt, og hvem som har ansvaret.",
		Nn: "Når vi ser på strategien (eller avgjerda om å halde oss borte) på nytt, og kven som har ansvaret.",
	}},
	{Key: "set_aside", About: Text{
		En: "Answers set aside, not deleted: kept for when you change your mind (presence, an unticked channel).\nThe wizard brings them back; the document ignores them.",
		Nb: "Svar som er lagt til side, ikke slettet: tatt vare på til dere ombestemmer dere (presence, en kanal som er tatt bort).\nVeiviseren henter dem fram igjen; dokumentet ser bort fra dem.",
		Nn: "Svar som er lagde til side, ikkje sletta: tekne vare på til de ombestemmer dykk (presence, ein kanal som er teken bort).\nVegvisaren hentar dei fram att; dokumentet ser bort frå dei.",
	}},
}

// commentWidth is the widest comment line, in characters, before the "# ".
const commentWidth = 100

// fileComment is the comment above top-level key in the answers file of
// plan p, in p's language; "" for a key with none. present reports
// whether the file holds a key, written as the catalogue writes it
// (channels[].goal): a question that does not apply to p is named when
// its answer is in the file all the same.
func fileComment(key string, p *Plan, present func(string) bool) string {
	var sec *FileSection
	for i := range FileSections {
		if FileSections[i].Key == key {
			sec = &FileSections[i]
		}
	}
	if sec == nil {
		return ""
	}
	lang := p.Language
	about := sec.About.In(lang)
	var lead, subs, plain []string
	for _, q := range asked(key, p, present) {
		sub, _ := subKey(q.Key, key)
		line, repeats := questionLine(q, sub, p, lang)
		switch {
		case sub == "" && (q.Options == nil || about == ""):
			lead = append(lead, line)
		case sub == "":
			// The section's words name the question and end in a colon;
			// its values follow.
			subs = append(subs, strings.Join(options(q, p, lang), ", "))
		case repeats:
			plain = append(plain, sub)
		default:
			subs = append(subs, "  "+line)
		}
	}
	if len(plain) > 0 {
		subs = append(subs, "  "+Text{En: "also: ", Nb: "dessuten: ", Nn: "dessutan: "}.In(lang)+strings.Join(plain, ", "))
	}
	lines := lead
	if about != "" {
		lines = append(lines, strings.Split(about, "\n")...)
	}
	var out []string
	for _, l := range lines {
		out = append(out, wrap(l, "")...)
	}
	for _, l := range subs {
		indent := ""
		if strings.HasPrefix(l, "  ") {
			indent = "      "
		}
		out = append(out, wrap(l, indent)...)
	}
	return strings.Join(out, "\n")
}

// asked are the catalogue's questions under top-level key for plan p:
// those that apply, and those that do not but whose answer the file
// holds, unless a question of the same key applies (review.cadence is
// asked of a plan with presence and of one without, in other words).
func asked(key string, p *Plan, present func(string) bool) []Question {
	applies := map[string]bool{}
	for _, q := range Questions {
		if q.Applies(p) {
			applies[q.Key] = true
		}
	}
	var out []Question
	seen := map[string]bool{}
	for _, q := range Questions {
		if _, ok := subKey(q.Key, key); !ok || seen[q.Key] {
			continue
		}
		if q.Applies(p) || (present(q.Key) && !applies[q.Key]) {
			seen[q.Key] = true
			out = append(out, q)
		}
	}
	return out
}

// subKey is question key q relative to top-level key top: "praise.owner"
// for responses.praise.owner, "goal" for channels[].goal, "" for top
// itself; ok is false for a question under another key.
func subKey(q, top string) (sub string, ok bool) {
	if q == top {
		return "", true
	}
	for _, sep := range []string{".", "[]."} {
		if rest, ok := strings.CutPrefix(q, top+sep); ok {
			return rest, true
		}
	}
	return "", false
}

// questionLine is a question as its key's comment names it: "goal: mål",
// with the values a choice takes. repeats reports a line that would only
// repeat the key ("goal: goal" in English).
func questionLine(q Question, sub string, p *Plan, lang string) (line string, repeats bool) {
	label := q.Label(p).In(lang)
	opts := options(q, p, lang)
	if sub == "" && len(opts) == 0 && label != "" && !strings.HasSuffix(label, ".") {
		label += "."
	}
	repeats = len(opts) == 0 && strings.EqualFold(label, strings.ReplaceAll(sub, "_", " "))
	s := label
	if len(opts) > 0 {
		lead := Text{En: "one of ", Nb: "én av ", Nn: "éin av "}
		if q.Kind == Choices {
			lead = Text{En: "any of ", Nb: "en eller flere av ", Nn: "ein eller fleire av "}
		}
		if s != "" {
			s += "; "
		}
		s += lead.In(lang) + strings.Join(opts, ", ")
	}
	if sub != "" {
		s = sub + ": " + s
	}
	return s, repeats
}

// options are the values a choice question takes, each with its name
// where the name says more than the id: "club (Lag eller forening)".
func options(q Question, p *Plan, lang string) []string {
	if q.Options == nil {
		return nil
	}
	var out []string
	for _, o := range q.Options(p) {
		if name := o.Name.In(lang); !strings.EqualFold(name, o.ID) {
			out = append(out, o.ID+" ("+name+")")
		} else {
			out = append(out, o.ID)
		}
	}
	return out
}

// wrap breaks a comment line at spaces to at most commentWidth
// characters, continuing with indent.
func wrap(line, indent string) []string {
	var out []string
	for utf8.RuneCountInString(line) > commentWidth {
		cut := -1
		n := 0
		for i, r := range line {
			if n > commentWidth {
				break
			}
			if r == ' ' && n > len(indent)+10 {
				cut = i
			}
			n++
		}
		if cut < 0 {
			break
		}
		out = append(out, line[:cut])
		line = indent + strings.TrimLeft(line[cut:], " ")
	}
	return append(out, line)
}
