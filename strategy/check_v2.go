package strategy

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// The rules for what format 2 adds: reasons per channel, baselines,
// deputies, account security, public bodies' duties, moderation, the
// incident checklist, reporting, document control, declined channels and
// what a plan without presence does instead.

// sharedLoginWords and loginWords together show a shared password or login;
// negations ("never share passwords") clear it.
var (
	loginWords  = []string{"password*", "passord*", "login*", "log in", "innlogging*", "pin", "pin code*", "pinkode*", "credentials"}
	sharedWords = []string{"shared", "share", "same", "common", "everyone", "everybody", "all of us",
		"felles", "deler", "delt", "deles", "samme", "same", "alle", "lapp*", "post it", "whiteboard"}
	negations = []string{"never", "not", "no", "don t", "do not", "aldri", "ikke", "ikkje", "ingen", "inga", "own", "eget", "eige",
		"personal", "personlig*", "personleg*", "password manager*", "passordhåndter*", "passordhandter*", "passordkvelv*"}
)

// saysSharedLogin reports whether a line of text says a password or login
// is shared.
func saysSharedLogin(s string) bool {
	return mentions(s, loginWords...) && mentions(s, sharedWords...) && !mentions(s, negations...)
}

// textFields calls f with every text in the plan and the path of its field
// (a list's items share the list's path). Answers set aside are left out:
// they are not part of the strategy.
func textFields(p *Plan, f func(path, text string)) {
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); !blank(s) {
				f(path, s)
			}
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
				if name == "" || name == "-" || name == "set_aside" || !t.Field(i).IsExported() {
					continue
				}
				walk(v.Field(i), join(path, name))
			}
		case reflect.Slice:
			for i := range v.Len() {
				if v.Index(i).Kind() == reflect.String {
					walk(v.Index(i), path)
				} else {
					walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
				}
			}
		}
	}
	walk(reflect.ValueOf(p).Elem(), "")
}

func checkSharedLogin(p *Plan) []Finding {
	var out []Finding
	seen := map[string]bool{}
	textFields(p, func(path, s string) {
		if seen[path] || !saysSharedLogin(s) {
			return
		}
		seen[path] = true
		out = append(out, finding("shared-login", Gap, path,
			trn("The plan says a password or login is shared (%s); anyone who leaves, or loses a phone, takes the account with them.",
				"Planen sier at et passord eller en innlogging deles (%s); den som slutter eller mister telefonen, tar kontoen med seg.",
				"Planen seier at eit passord eller ei innlogging blir delt (%s); den som sluttar eller mistar telefonen, tek kontoen med seg.", quoted(s)),
			trn("Give each person their own login with two-factor, as admins of the account, and remove it the day they leave.",
				"Gi hver person sin egen innlogging med tofaktor, som administratorer av kontoen, og fjern den samme dag de slutter.",
				"Gi kvar person si eiga innlogging med tofaktor, som administratorar av kontoen, og fjern ho same dag dei sluttar.")))
	})
	return out
}

var (
	twoFactorWords = []string{"two factor", "2fa", "two step", "mfa", "multi factor", "multifactor", "2 factor", "2 step",
		"tofaktor*", "to faktor*", "tostegs*", "totrinns*", "to trinn*", "flerfaktor*", "fleirfaktor*", "bankid", "authenticator"}
	twoAdminWords = []string{"two admins", "2 admins", "two administrators", "2 administrators", "at least two", "two people have",
		"more than one admin", "second admin", "backup admin", "to administratorer", "to administratorar", "to admin*",
		"minst to", "2 administratorer", "2 administratorar", "to personar", "to personer", "reserveadmin*", "ekstra admin*"}
)

// checkSecurity holds a plan with accounts to GOV.UK's social media
// playbook (2020): two-factor login on every account, and more than one
// admin. Governance answered without any security rule is a weak spot,
// not a tip.
func checkSecurity(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if !anyFilled(p.Governance.Security) {
		g := p.Governance
		if blank(g.Approval) && !anyFilled(g.Accessibility) && !anyFilled(g.Legal) && blank(g.Training) {
			return nil // not answered: the governance section's summary says so
		}
		return []Finding{finding("security", Weak, "governance.security",
			trn("The plan says nothing about keeping the accounts safe, so one leaked password or one person leaving can lock you out.",
				"Planen sier ingenting om å holde kontoene sikre, så ett lekket passord eller én som slutter, kan låse dere ute.",
				"Planen seier ingenting om å halde kontoane trygge, så eitt lekt passord eller éin som sluttar, kan låse dykk ute."),
			trn(`Add "Two-factor login on every account" and "Two admins on every account", as GOV.UK's playbook asks.`,
				"Legg til «Tofaktorinnlogging på alle kontoer» og «To administratorer på hver konto», slik GOV.UKs playbook ber om.",
				"Legg til «Tofaktorinnlogging på alle kontoar» og «To administratorar på kvar konto», slik GOV.UK sin playbook ber om."))}
	}
	all := strings.Join(p.Governance.Security, " . ")
	var out []Finding
	if !mentions(all, twoFactorWords...) {
		out = append(out, finding("security", Weak, "governance.security",
			trn("The security rules do not ask for two-factor login, so one guessed or leaked password opens the account.",
				"Sikkerhetsreglene krever ikke tofaktorinnlogging, så ett gjettet eller lekket passord åpner kontoen.",
				"Tryggingsreglane krev ikkje tofaktorinnlogging, så eitt gjetta eller lekt passord opnar kontoen."),
			trn(`Add "Two-factor login on every account", as GOV.UK asks of every government account.`,
				"Legg til «Tofaktorinnlogging på alle kontoer», slik GOV.UK krever av alle statlige kontoer.",
				"Legg til «Tofaktorinnlogging på alle kontoar», slik GOV.UK krev av alle statlege kontoar.")))
	}
	if !mentions(all, twoAdminWords...) {
		out = append(out, finding("security", Weak, "governance.security",
			trn("The security rules do not give each account two admins, so one person's holiday, illness or departure locks you out.",
				"Sikkerhetsreglene gir ikke hver konto to administratorer, så én persons ferie, sykdom eller avgang låser dere ute.",
				"Tryggingsreglane gir ikkje kvar konto to administratorar, så éin persons ferie, sjukdom eller avgang låser dykk ute."),
			trn(`Add "Two admins on every account", each with their own login.`,
				"Legg til «To administratorer på hver konto», hver med sin egen innlogging.",
				"Legg til «To administratorar på kvar konto», kvar med si eiga innlogging.")))
	}
	return out
}

func checkChannelWhy(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	var out, none []Finding
	var names []Text
	for i, c := range p.Channels {
		name, path := channelName(c, i), fmt.Sprintf("channels[%d].why", i)
		switch {
		case blank(c.Why):
			names = append(names, name)
			none = append(none, finding("channel-why", Gap, path,
				trn("The plan does not say why you are on %s.", "Planen sier ikke hvorfor dere er på %s.", "Planen seier ikkje kvifor de er på %s.", name),
				trn(`Say which audience you meet there and why, e.g. "Families nearby spend time there and share photos of food".`,
					"Skriv hvilken målgruppe dere møter der og hvorfor, for eksempel «Barnefamilier i nærheten er der og deler bilder av mat».",
					"Skriv kva for ei målgruppe de møter der og kvifor, til dømes «Barnefamiliar i nærleiken er der og deler bilete av mat».")))
		case !namesAudienceIn(p, c, c.Why):
			out = append(out, finding("channel-why", Weak, path,
				trn("The reason for %s, %s, does not say whom you meet there.",
					"Begrunnelsen for %s, %s, sier ikke hvem dere møter der.",
					"Grunngjevinga for %s, %s, seier ikkje kven de møter der.", name, quoted(c.Why)),
				trn("Tie it to one of your audiences: who is on %s, and why that matters to you.",
					"Knytt den til en av målgruppene: hvem som er på %s, og hvorfor det betyr noe for dere.",
					"Knyt ho til ei av målgruppene: kven som er på %s, og kvifor det betyr noko for dykk.", name)))
		}
	}
	if len(none) > 1 {
		// One finding for all of them: the same answer is missing.
		none = []Finding{finding("channel-why", Gap, none[0].Path,
			trn("The plan does not say why you are on %s.", "Planen sier ikke hvorfor dere er på %s.", "Planen seier ikkje kvifor de er på %s.", list(names)),
			trn("Say for each channel which audience you meet there and why; a channel without a reason is the first to drop.",
				"Skriv for hver kanal hvilken målgruppe dere møter der og hvorfor; en kanal uten begrunnelse er den første som bør vekk.",
				"Skriv for kvar kanal kva for ei målgruppe de møter der og kvifor; ein kanal utan grunngjeving er den første som bør bort."))}
	}
	return append(none, out...)
}

// namesAudienceIn reports whether a channel's reason speaks of an audience:
// in general words, by a word of one of the plan's audiences or the
// channel's own, or because an audience lists the channel as where it is.
func namesAudienceIn(p *Plan, c Channel, why string) bool {
	if hasWordForm(why, audienceStems...) || hasWordForm(why, moreAudienceStems...) {
		return true
	}
	names := append(p.AudienceNames(), c.Audience)
	for _, a := range names {
		for _, w := range words(a) {
			if len([]rune(w)) >= 5 && mentions(why, w[:len(w)-1]+"*") {
				return true
			}
		}
	}
	return false
}

// moreAudienceStems are groups of people a channel's reason names.
var moreAudienceStems = []string{"famil", "office", "manager", "employer", "journalist", "press", "volunteer", "fan",
	"supporter", "teen", "young", "youth", "senior", "pensioner", "applicant", "partner", "researcher", "politician",
	"tourist", "visitor", "local", "neighbour", "community", "follower", "professional", "recruit", "candidate",
	"familie", "småbarn", "ungdom", "unge", "eldre", "pensjonist", "søker", "søkar", "journalist", "presse", "frivillig",
	"arbeidsgiver", "arbeidsgjevar", "bedrift", "turist", "besøkende", "besøkjande", "nabo", "lokal", "følger", "følgjar",
	"studenter", "studentar", "lærer", "lærar", "supporter", "spiller", "spelar", "politiker", "politikar", "ansatt", "tilsett"}

func checkGoalBaseline(rv *review) []Finding {
	p := rv.p
	if !p.Active() {
		return nil
	}
	var names []Text
	first := -1
	for i, c := range p.Channels {
		if blank(c.Goal) || !blank(c.Baseline) || mentions(c.Goal, "from", "fra", "frå") {
			continue
		}
		names = append(names, channelName(c, i))
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	return []Finding{finding("goal-baseline", Tip, fmt.Sprintf("channels[%d].baseline", first),
		trn("The goals for %s have no baseline, so nobody can tell how far you have come.",
			"Målene for %s har ikke noe utgangspunkt, så ingen kan se hvor langt dere har kommet.",
			"Måla for %s har ikkje noko utgangspunkt, så ingen kan sjå kor langt de har kome.", list(names)),
		trn(`Write where each one starts today, e.g. "850 followers in January 2027".`,
			"Skriv hvor hvert mål starter i dag, for eksempel «850 følgere i januar 2027».",
			"Skriv kvar kvart mål startar i dag, til dømes «850 følgjarar i januar 2027»."))}
}

func checkDeputies(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	var out []Finding
	var names []Text
	first := -1
	for i, c := range p.Channels {
		if blank(c.Owner) || !blank(c.Deputy) || ReadOwner(c.Owner) == OwnerTeam || mentions(c.Owner, deputyWords...) {
			continue
		}
		names = append(names, channelName(c, i))
		if first < 0 {
			first = i
		}
	}
	if first >= 0 {
		out = append(out, finding("deputies", Weak, fmt.Sprintf("channels[%d].deputy", first),
			trn("Nobody stands in for whoever owns %s, and a channel without a deputy goes quiet in every holiday and illness.",
				"Ingen er stedfortreder for den som har ansvaret for %s, og en kanal uten stedfortreder blir stille i hver ferie og sykdom.",
				"Ingen er stadfortredar for den som har ansvaret for %s, og ein kanal utan stadfortredar blir stille i kvar ferie og sjukdom.", list(names)),
			trn("Name a deputy for each channel who can post, answer and get in.",
				"Pek ut en stedfortreder for hver kanal som kan publisere, svare og logge inn.",
				"Peik ut ein stadfortredar for kvar kanal som kan publisere, svare og logge inn.")))
	}
	in := p.Responses.Incident
	if _, elsewhere := incidentElsewhere(p); !elsewhere && !blank(in.Lead) && blank(in.Deputy) && ReadOwner(in.Lead) != OwnerTeam {
		out = append(out, finding("deputies", Weak, "responses.incident.deputy",
			trn("Nobody stands in for %s, who leads during an incident, and incidents do not wait for holidays.",
				"Ingen er stedfortreder for %s, som leder ved en hendelse, og hendelser venter ikke på ferier.",
				"Ingen er stadfortredar for %s, som leier ved ei hending, og hendingar ventar ikkje på feriar.", quoted(in.Lead)),
			trn("Name a deputy who can decide what is said when the lead cannot be reached.",
				"Pek ut en stedfortreder som kan bestemme hva som sies når lederen ikke kan nås.",
				"Peik ut ein stadfortredar som kan bestemme kva som blir sagt når leiaren ikkje kan nåast.")))
	}
	return out
}

// isPublic reports whether the plan is for a public body.
func isPublic(p *Plan) bool { return p.Organisation.Kind == KindPublic }

func checkAccessibilityPublic(p *Plan) []Finding {
	if !p.Active() || !isPublic(p) || anyFilled(p.Governance.Accessibility) {
		return nil
	}
	return []Finding{finding("accessibility-public", Gap, "governance.accessibility",
		trn("A public body must make what it posts accessible (universal design is law in Norway), and the plan says nothing about it.",
			"En offentlig virksomhet må gjøre det den publiserer, tilgjengelig (universell utforming er lovpålagt), og planen sier ingenting om det.",
			"Ei offentleg verksemd må gjere det ho publiserer, tilgjengeleg (universell utforming er lovpålagt), og planen seier ingenting om det."),
		trn("Add the basics: alt text on every image, captions on every video, no text only in pictures, plain language.",
			"Legg til det grunnleggende: alternativ tekst på alle bilder, teksting av alle videoer, ingen tekst bare i bilder, klart språk.",
			"Legg til det grunnleggjande: alternativ tekst på alle bilete, teksting av alle videoar, ingen tekst berre i bilete, klarspråk."))}
}

// archiveWords show that records and archiving are answered.
var archiveWords = []string{"archiv*", "records", "record keeping", "recordkeeping", "journal*", "arkiv*",
	"journalfør*", "dokumentasjon*", "bevaring*", "offentleglov*", "offentlighetslov*", "noark"}

func checkArchivingPublic(p *Plan) []Finding {
	if !p.Active() || !isPublic(p) {
		return nil
	}
	all := strings.Join(p.Governance.Legal, " . ") + " . " + p.Governance.Approval + " . " + strings.Join(p.Resources.Tools, " . ")
	if mentions(all, archiveWords...) {
		return nil
	}
	return []Finding{finding("archiving-public", Gap, "governance.legal",
		trn("A public body must archive what it posts and the messages it gets that are case documents, and the plan says nothing about it.",
			"En offentlig virksomhet må arkivere det den publiserer og henvendelser som er saksdokumenter, og planen sier ingenting om det.",
			"Ei offentleg verksemd må arkivere det ho publiserer og førespurnader som er saksdokument, og planen seier ingenting om det."),
		trn(`Say how posts and messages are archived and journaled, e.g. "Posts archived monthly; enquiries that are cases go to the case system".`,
			"Skriv hvordan innlegg og henvendelser arkiveres og journalføres, for eksempel «Innlegg arkiveres månedlig; henvendelser som er saker, går til sakssystemet».",
			"Skriv korleis innlegg og førespurnader blir arkiverte og journalførte, til dømes «Innlegg blir arkiverte kvar månad; førespurnader som er saker, går til sakssystemet»."))}
}

// criticismKept are words that keep fair criticism apart from what is
// removed.
var criticismKept = []string{"disagree*", "criticism", "critical", "critic*", "complaint*", "negative", "fair",
	"kritikk*", "kritisk*", "uenig*", "usamd*", "klage*", "negativ*", "saklig*", "sakleg*", "keep", "behold*", "behald*", "not delete", "ikke slett*", "ikkje slett*"}

func checkModeration(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	m := p.Responses.Moderation
	switch {
	case blank(m):
		return []Finding{finding("moderation", Tip, "responses.moderation",
			trn("The plan has no house rules for comments, so what is hidden or deleted depends on who reads it.",
				"Planen har ingen husregler for kommentarer, så hva som skjules eller slettes, avhenger av hvem som leser.",
				"Planen har ingen husreglar for kommentarar, så kva som blir gøymt eller sletta, er opp til den som les."),
			trn("Say what is hidden (spam, hate, personal data), what is reported, and that comments that only disagree stay.",
				"Skriv hva som skjules (spam, hets, personopplysninger), hva som meldes, og at kommentarer som bare er uenige, blir stående.",
				"Skriv kva som blir gøymt (spam, hets, personopplysingar), kva som blir melde, og at kommentarar som berre er usamde, blir ståande."))}
	case !mentions(m, criticismKept...):
		return []Finding{finding("moderation", Weak, "responses.moderation",
			trn("The house rules %s do not say that fair criticism stays, and deleting it is how a complaint becomes a story.",
				"Husreglene %s sier ikke at saklig kritikk blir stående, og å slette den er måten en klage blir en sak på.",
				"Husreglane %s seier ikkje at sakleg kritikk blir ståande, og å slette henne er måten ei klage blir ei sak på.", quoted(m)),
			trn("Add that comments that only disagree are kept and answered.",
				"Legg til at kommentarer som bare er uenige, blir stående og får svar.",
				"Legg til at kommentarar som berre er usamde, blir ståande og får svar."))}
	}
	return nil
}

// pauseWords show the step that stops scheduled posts.
var pauseWords = []string{"pause*", "stop scheduled", "stop all scheduled", "hold scheduled", "suspend*", "unschedule*",
	"stans*", "stopp*", "pauser*", "sett planlagte", "set planlagde"}

// callWords show a step that calls someone.
var callWords = []string{"call", "calls", "ring", "ringer", "ringjer", "phone", "telefon*", "alert", "notify", "varsle*",
	"varsla", "kontakt*", "contact"}

func checkIncidentFirstSteps(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if _, ok := incidentElsewhere(p); ok {
		return nil
	}
	in := p.Responses.Incident
	const id = "incident-first-steps"
	if !anyFilled(in.FirstSteps) {
		// A weak spot, not a tip: DSB's veileder krisekommunikasjon and the
		// anchors put a checklist first, and pausing scheduled posts is its
		// first item ("No. 1 thing", agorapulse).
		return []Finding{finding(id, Weak, "responses.incident.first_steps",
			trn("The incident plan has no first steps, so the first minutes go to deciding what to do.",
				"Planen for krisekommunikasjon har ingen første steg, så de første minuttene går med til å bestemme hva dere skal gjøre.",
				"Planen for krisekommunikasjon har ingen første steg, så dei første minutta går med til å bestemme kva de skal gjere."),
			trn(`Start the checklist with "Pause scheduled posts", then who to call and in what order.`,
				"Begynn sjekklisten med «Stans planlagte innlegg», og deretter hvem som skal ringes, og i hvilken rekkefølge.",
				"Byrj sjekklista med «Stans planlagde innlegg», og deretter kven som skal ringjast, og i kva rekkjefølgje."))}
	}
	var out []Finding
	if !mentions(in.FirstSteps[0], pauseWords...) {
		out = append(out, finding(id, Weak, "responses.incident.first_steps",
			trn("The incident checklist does not start with pausing scheduled posts, so a cheerful post can go out in the middle of it.",
				"Sjekklisten ved hendelser begynner ikke med å stanse planlagte innlegg, så et muntert innlegg kan gå ut midt i det hele.",
				"Sjekklista ved hendingar byrjar ikkje med å stanse planlagde innlegg, så eit muntert innlegg kan gå ut midt i det heile."),
			trn(`Make "Pause scheduled posts" the first step.`, "Gjør «Stans planlagte innlegg» til første steg.", "Gjer «Stans planlagde innlegg» til første steg.")))
	}
	calls := anyFilled(in.Contacts)
	for _, s := range in.FirstSteps {
		if mentions(s, callWords...) {
			calls = true
		}
	}
	if !calls {
		out = append(out, finding(id, Weak, "responses.incident.first_steps",
			trn("The incident checklist does not say whom to call, and nobody has the numbers ready.",
				"Sjekklisten ved hendelser sier ikke hvem som skal ringes, og ingen har numrene klare.",
				"Sjekklista ved hendingar seier ikkje kven som skal ringjast, og ingen har nummera klare."),
			trn("Add a step such as \"Call %s, then the deputy\" and list their numbers as contacts.",
				"Legg til et steg som «Ring %s, deretter stedfortrederen», og før opp numrene deres som kontakter.",
				"Legg til eit steg som «Ring %s, deretter stadfortredaren», og før opp nummera deira som kontaktar.", incidentLead(p))))
	}
	return out
}

func checkReporting(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	r := p.Reporting
	if blank(r.Cadence) && blank(r.Owner) {
		return nil // not answered: the section's summary says so
	}
	var out []Finding
	switch {
	case blank(r.Cadence):
		out = append(out, finding("reporting", Weak, "reporting.cadence",
			trn("Reporting has an owner but no rhythm, so the figures arrive when someone asks.",
				"Rapporteringen har en ansvarlig, men ingen rytme, så tallene kommer når noen spør.",
				"Rapporteringa har ein ansvarleg, men ingen rytme, så tala kjem når nokon spør."),
			reportingExample(p)))
	case !readRate(r.Cadence):
		out = append(out, finding("reporting", Weak, "reporting.cadence",
			trn("How often you report, %s, is not a rhythm anyone can keep.",
				"Hvor ofte dere rapporterer, %s, er ikke en rytme noen kan holde.",
				"Kor ofte de rapporterer, %s, er ikkje ein rytme nokon kan halde.", quoted(r.Cadence)),
			reportingExample(p)))
	}
	if blank(r.Owner) {
		out = append(out, finding("reporting", Weak, "reporting.owner",
			trn("Nobody is named to report the figures, so nobody will.",
				"Ingen er utpekt til å rapportere tallene, så ingen kommer til å gjøre det.",
				"Ingen er utpeikt til å rapportere tala, så ingen kjem til å gjere det."),
			trn("Name the person who gathers the figures and to whom they go.",
				"Pek ut den som samler tallene, og hvem de skal til.",
				"Peik ut den som samlar tala, og kven dei skal til.")))
	}
	return out
}

// documentDate reads the plan's date as written in document.date.
func documentDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, "02.01.2006", "2.1.2006", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func checkDocumentControl(rv *review) []Finding {
	p := rv.p
	d := p.Document
	if blank(d.Date) && blank(d.Version) && !anyFilled(d.Authors) && blank(d.ApprovedBy) && blank(d.ValidUntil) {
		return nil // not answered: the section's summary says so
	}
	var out []Finding
	if _, ok := documentDate(d.Date); !ok {
		out = append(out, finding("document-control", Weak, "document.date",
			trn("The document has no date anyone can read, so nobody can tell which version is current.",
				"Dokumentet har ingen dato som kan leses, så ingen kan se hvilken versjon som gjelder.",
				"Dokumentet har ingen dato som kan lesast, så ingen kan sjå kva for ein versjon som gjeld."),
			trn(`Date it as 2027-01-15.`, "Dater det som 2027-01-15.", "Dater det som 2027-01-15.")))
	}
	if !anyFilled(d.Authors) && blank(d.ApprovedBy) {
		out = append(out, finding("document-control", Weak, "document.authors",
			trn("The document names no author or approver, so nobody owns it.",
				"Dokumentet nevner ingen forfatter eller godkjenner, så ingen eier det.",
				"Dokumentet nemner ingen forfattar eller godkjennar, så ingen eig det."),
			trn("Name who wrote it and who approved it.", "Skriv hvem som skrev det, og hvem som godkjente det.", "Skriv kven som skreiv det, og kven som godkjende det.")))
	}
	// The document prints every field of its control table once one is
	// answered, a missing one as "To be decided": name those, so that the
	// adviser never calls a plan finished whose document says otherwise.
	var tbd []Text
	if blank(d.Version) {
		tbd = append(tbd, trn("version", "versjon", "versjon"))
	}
	if blank(d.ApprovedBy) && anyFilled(d.Authors) {
		tbd = append(tbd, trn("approved by", "godkjent av", "godkjend av"))
	}
	if !anyFilled(d.Authors) && !blank(d.ApprovedBy) {
		tbd = append(tbd, trn("written by", "skrevet av", "skriven av"))
	}
	if blank(d.ValidUntil) {
		tbd = append(tbd, trn("valid until", "gyldig til", "gyldig til"))
	}
	if len(tbd) > 0 {
		out = append(out, finding("document-control", Tip, "document",
			trn("The document shows %s as \"%s\".", "Dokumentet viser %s som «%s».", "Dokumentet viser %s som «%s».",
				list(tbd), ToBeDecided),
			trn("Fill in what is missing, or say who decides it and by when.", "Fyll ut det som mangler, eller skriv hvem som bestemmer det, og innen når.",
				"Fyll ut det som manglar, eller skriv kven som bestemmer det, og innan når.")))
	}
	if until, ok := documentDate(d.ValidUntil); ok && until.Before(day0(rv.today)) {
		out = append(out, finding("document-control", Weak, "document.valid_until",
			trn("The strategy was valid until %s, and that day has passed.",
				"Strategien gjaldt til %s, og den dagen er passert.",
				"Strategien galdt til %s, og den dagen er passert.", same(until.Format(time.DateOnly))),
			trn("Review it, and set a new date it is valid until.", "Evaluer den, og sett en ny dato den gjelder til.", "Evaluer han, og set ein ny dato han gjeld til.")))
	}
	return out
}

func checkDeclinedReason(p *Plan) []Finding {
	var out []Finding
	for i, d := range p.DeclinedChannels {
		if !blank(d.Reason) {
			continue
		}
		name := Text{En: ChannelNameIn(d.ID, LangEnglish), Nb: ChannelNameIn(d.ID, LangBokmal), Nn: ChannelNameIn(d.ID, LangNynorsk)}
		out = append(out, finding("declined-reason", Weak, fmt.Sprintf("declined_channels[%d].reason", i),
			trn("The plan leaves out %s without saying why, so the question will come back.",
				"Planen velger bort %s uten å si hvorfor, så spørsmålet kommer tilbake.",
				"Planen vel bort %s utan å seie kvifor, så spørsmålet kjem tilbake.", name),
			trn("Say why, in terms of your audience and your time.", "Skriv hvorfor, ut fra målgruppen og tiden dere har.", "Skriv kvifor, ut frå målgruppa og tida de har.")))
	}
	return out
}

func checkNoPresenceInstead(p *Plan) []Finding {
	if p.Active() {
		return nil
	}
	var out []Finding
	if !anyFilled(p.Instead) && !mentions(p.NoPresenceReason, elsewhere...) {
		out = append(out, finding("no-presence-instead", Weak, "instead",
			trn("The plan says you stay off social media but not what you use instead to reach people.",
				"Planen sier at dere holder dere unna sosiale medier, men ikke hva dere bruker i stedet for å nå folk.",
				"Planen seier at de held dykk unna sosiale medium, men ikkje kva de brukar i staden for å nå folk."),
			trn(`List what you use instead, e.g. "Phone and email", "Trade fairs".`,
				"List opp hva dere bruker i stedet, for eksempel «Telefon og e-post», «Messer».",
				"List opp kva de brukar i staden, til dømes «Telefon og e-post», «Messer».")))
	}
	if !anyFilled(p.RevisitTriggers) {
		out = append(out, finding("no-presence-instead", Tip, "revisit_triggers",
			trn("The plan does not say what would make you look at social media again.",
				"Planen sier ikke hva som ville få dere til å se på sosiale medier igjen.",
				"Planen seier ikkje kva som ville få dykk til å sjå på sosiale medium att."),
			trn(`Name a sign or two, e.g. "A buyer asks for us on LinkedIn".`,
				"Skriv et tegn eller to, for eksempel «En kjøper spør etter oss på LinkedIn».",
				"Skriv eitt teikn eller to, til dømes «Ein kjøpar spør etter oss på LinkedIn».")))
	}
	return out
}

// day0 is the day of t, at midnight UTC.
func day0(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
