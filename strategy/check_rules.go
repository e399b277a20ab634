package strategy

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Each rule is a function from a plan to its findings, in plan order. Rules
// for an active presence say nothing about a plan without one, and the other
// way round.

func finding(rule string, sev Severity, path string, msg, sug Text) Finding {
	return Finding{Rule: rule, Severity: sev, Path: path, Message: upperFirst(msg), Suggestion: upperFirst(sug)}
}

// upperFirst starts each language's sentence with a capital letter, as a
// channel name such as "kanal 1" may not.
func upperFirst(t Text) Text {
	up := func(s string) string {
		for i, r := range s {
			return strings.ToUpper(string(r)) + s[i+len(string(r)):]
		}
		return s
	}
	return Text{En: up(t.En), Nb: up(t.Nb), Nn: up(t.Nn)}
}

func checkGoalMeasurable(rv *review) []Finding {
	p := rv.p
	if !p.Active() {
		return nil
	}
	const id = "goal-measurable"
	example := trn(`e.g. "Reach 2,000 local followers by June 2027"`, "for eksempel «Nå 2 000 lokale følgere innen juni 2027»", "til dømes «Nå 2 000 lokale følgjarar innan juni 2027»")
	var out []Finding
	for i, c := range p.Channels {
		name, path := channelName(c, i), fmt.Sprintf("channels[%d].goal", i)
		if blank(c.Goal) {
			out = append(out, finding(id, Gap, path,
				trn("%s has no goal, so there is nothing to measure it against.",
					"%s har ikke noe mål, så det finnes ingenting å måle innsatsen mot.",
					"%s har ikkje noko mål, så det finst ingenting å måle innsatsen mot.", name),
				trn("Write one goal with a number and a date, %s.", "Skriv ett mål med et tall og en dato, %s.", "Skriv eitt mål med eit tal og ein dato, %s.", example)))
			continue
		}
		g := rv.goal(c.Goal)
		howMuch, byWhen := g.howMuch, g.byWhen
		switch {
		case g.onlyStart:
			out = append(out, finding(id, Gap, path,
				trn("The %s goal %s says where you start or what you already reached, not what you aim for.",
					"Målet for %s, %s, sier hvor dere starter eller hva dere allerede har nådd, ikke hva dere skal nå.",
					"Målet for %s, %s, seier kvar de startar eller kva de alt har nådd, ikkje kva de skal nå.", name, quoted(c.Goal)),
				trn(`Keep the figure as your baseline and add a target with a date, e.g. "from 850 to 2,000 followers by June 2027".`,
					"Behold tallet som utgangspunkt og legg til et mål med en frist, for eksempel «fra 850 til 2 000 følgere innen juni 2027».",
					"Behald talet som utgangspunkt og legg til eit mål med ein frist, til dømes «frå 850 til 2 000 følgjarar innan juni 2027».")))
		case !howMuch && !byWhen:
			out = append(out, finding(id, Gap, path,
				trn("The %s goal %s has neither a number nor a date, so nobody can tell whether it was reached.",
					"Målet for %s, %s, har verken tall eller tidsfrist, så ingen kan si om det er nådd.",
					"Målet for %s, %s, har korkje tal eller tidsfrist, så ingen kan seie om det er nådd.", name, quoted(c.Goal)),
				trn("Say how much and by when (specific, measurable, time-bound), %s.",
					"Skriv hvor mye og innen når (spesifikt, målbart og tidsbestemt), %s.",
					"Skriv kor mykje og innan når (spesifikt, målbart og tidfesta), %s.", example)))
		case !howMuch:
			out = append(out, finding(id, Gap, path,
				trn("The %s goal %s has a time frame but no number, so nobody can tell whether it was reached.",
					"Målet for %s, %s, har en tidsramme, men ikke noe tall, så ingen kan si om det er nådd.",
					"Målet for %s, %s, har ei tidsramme, men ikkje noko tal, så ingen kan seie om det er nådd.", name, quoted(c.Goal)),
				trn("Add the number you aim for: %s or a percentage.",
					"Legg til tallet dere vil nå: %s eller en prosentandel.",
					"Legg til talet de vil nå: %s eller ein prosentdel.", kindOf(rv.p).Results)))
		case !byWhen:
			out = append(out, finding(id, Weak, path,
				trn("The %s goal %s has a number but no time frame, so it never falls due.",
					"Målet for %s, %s, har et tall, men ingen tidsfrist, så dere vet aldri når det skal være nådd.",
					"Målet for %s, %s, har eit tal, men ingen tidsfrist, så de veit aldri når det skal vere nådd.", name, quoted(c.Goal)),
				trn(`Add when: "by June 2027", "within six months" or "per month".`,
					"Legg til en tidsfrist: «innen juni 2027», «i løpet av seks måneder» eller «per måned».",
					"Legg til ein tidsfrist: «innan juni 2027», «i løpet av seks månader» eller «per månad».")))
		}
	}
	return out
}

// purposeMeasures are the words that show a measure fits a purpose, in
// English and bokmål, beyond the catalogue's own measure names. A stem
// ending in * matches any word that starts with it.
var purposeMeasures = map[string][]string{
	"inspire": {"reach*", "impression*", "mention*", "view*", "follower*", "awareness", "subscriber*", "open rate*",
		"rekkevidde*", "visning*", "omtale*", "følger*", "kjennskap*", "nådd*", "abonnent*", "åpningsrate*",
		"rekkjevidd*", "rekkevidd*", "visingar", "omtal*", "følgjar*", "kjennskap*",
		"reblog*", "save*", "saves", "plays", "watch time", "avspilling*", "seertid*", "lagring*"},
	"share": {"engagement*", "comment*", "share*", "shares", "save*", "like*", "reaction*", "repost*", "retweet*",
		"engasjement*", "kommentar*", "deling*", "delt*", "lagring*", "liker*", "reaksjon*", "likar*", "reblog*"},
	"promote": {"click*", "session*", "visit*", "traffic*", "conversion*", "sale*", "order*", "booking*", "lead*",
		"sign*", "ticket*", "klikk*", "besøk*", "trafikk*", "konvertering*", "salg*", "bestilling*", "ordre*",
		"påmelding*", "billett*", "henvendelse*", "open rate*", "opens", "åpningsrate*", "sal", "salet", "førespurnad*",
		"route request*", "direction request*", "directions", "calls", "review*", "rating*", "veibeskrivelse*",
		"vegbeskriving*", "anrop*", "oppringing*", "anmeldelse*", "søknad*", "applications", "applicants"},
	"advocate": {"engagement*", "share*", "sign*", "signature*", "petition*", "volunteer*", "member*", "pledge*",
		"engasjement*", "deling*", "påmelding*", "signatur*", "underskrift*", "frivillig*", "medlem*", "oppslutning*"},
	"listen": {"mention*", "sentiment*", "share of voice", "omtale*", "stemning*", "andel av omtale*", "omtal*", "del av omtal*",
		"review*", "rating*", "anmeldelse*"},
	"support": {"response*", "reply*", "replies", "answer*", "satisfaction*", "csat", "nps", "resolved*", "resolution*",
		"answered", "replied", "svar*", "besvar*", "tilfreds*", "løst*", "løsningsgrad*", "kundetilfredshet*",
		"løyst*", "kundetilfredsheit*", "review*", "rating*", "average rating", "stars", "anmeldelse*", "vurdering*",
		"stjerner", "svartid*"},
	"incident": {"time to first*", "first post*", "first message*", "punctual*", "update*", "tid til første*",
		"første melding*", "oppdatering*", "presis*"},
}

// measureFits reports whether a measure, as written, fits a purpose.
func measureFits(measure, purpose string) bool {
	if pp, ok := PurposeByID(purpose); ok {
		for _, m := range pp.Measures {
			if sameAnswer(measure, m.En) || sameAnswer(measure, m.Nb) || sameAnswer(measure, m.Nn) {
				return true
			}
		}
	}
	return mentions(measure, purposeMeasures[purpose]...)
}

func checkMeasuresFitPurposes(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id = "measures-fit-purposes"
	var out []Finding
	for i, c := range p.Channels {
		name, path := channelName(c, i), fmt.Sprintf("channels[%d].measures", i)
		var known []string
		for _, pid := range c.Purposes {
			if _, ok := PurposeByID(pid); ok {
				known = append(known, pid)
			}
		}
		if len(c.Measures) == 0 {
			sug := trn("First decide what %s is for; each purpose comes with measures that fit it.",
				"Bestem først hva %s skal brukes til; hvert formål har egne forslag til måltall.",
				"Bestem først kva %s skal brukast til; kvart føremål har eigne forslag til måltal.", name)
			if len(known) > 0 {
				sug = trn("Measure what fits what you use it for: %s.", "Velg måltall som passer til det dere bruker kanalen til: %s.", "Vel måltal som passar til det de brukar kanalen til: %s.",
					suggested(known))
			}
			out = append(out, finding(id, Gap, path,
				trn("%s has no measures, so you will not know whether it is working.",
					"%s har ingen måltall, så dere får ikke vite om kanalen virker.",
					"%s har ingen måltal, så de får ikkje vite om kanalen verkar.", name), sug))
			continue
		}
		var missing []string
		for _, pid := range known {
			fits := false
			for _, m := range c.Measures {
				if measureFits(m, pid) {
					fits = true
					break
				}
			}
			if !fits {
				missing = append(missing, pid)
			}
		}
		if len(missing) == 0 {
			continue
		}
		names := make([]Text, len(missing))
		for k, pid := range missing {
			kind := p.Organisation.Kind
			names[k] = quote(Text{En: lowerFirst(PurposeName(pid, kind, LangEnglish)),
				Nb: lowerFirst(PurposeName(pid, kind, LangBokmal)), Nn: lowerFirst(PurposeName(pid, kind, LangNynorsk))})
		}
		out = append(out, finding(id, Weak, path,
			trn("Nothing in the %s measures shows whether it works for what it is meant to do: %s.",
				"Ingen av måltallene for %s viser om kanalen gjør det den skal: %s.",
				"Ingen av måltala for %s viser om kanalen gjer det han skal: %s.", name, list(names)),
			trn("Add %s.", "Legg til %s.", "Legg til %s.", suggested(missing))))
	}
	return out
}

// suggested lists the catalogue's measures for the purposes as alternatives.
func suggested(purposes []string) Text {
	var ms []Text
	seen := map[string]bool{}
	for _, pid := range purposes {
		pp, _ := PurposeByID(pid)
		for _, m := range pp.Measures {
			if !seen[m.En] {
				seen[m.En] = true
				ms = append(ms, m)
			}
		}
	}
	return orList(ms)
}

func checkChannelOwner(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	var out []Finding
	for i, c := range p.Channels {
		if !blank(c.Owner) {
			continue
		}
		name := channelName(c, i)
		out = append(out, finding("channel-owner", Gap, fmt.Sprintf("channels[%d].owner", i),
			trn("Nobody owns %s, and a channel everyone owns is a channel nobody posts on.",
				"Ingen har ansvaret for %s, og en kanal alle har ansvaret for, er en kanal ingen publiserer på.",
				"Ingen har ansvaret for %s, og ein kanal alle har ansvaret for, er ein kanal ingen publiserer på.", name),
			trn("Name one person who posts, answers and reports on %s.",
				"Gi én navngitt person ansvaret for %s: å publisere, svare og rapportere om resultatene.",
				"Gi éin namngitt person ansvaret for %s: å publisere, svare og rapportere om resultata.", name)))
	}
	return out
}

// maxChannelsPerOwner is how many channels one person can run well beside
// their other work.
const maxChannelsPerOwner = 3

// personKey reduces an owner as written to the person: "Kari (café
// manager)" and "kari" are the same person.
func personKey(owner string) string {
	if i := strings.IndexAny(owner, "(,;/"); i > 0 {
		owner = owner[:i]
	}
	return squash(owner)
}

func checkOwnerCapacity(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	type load struct {
		name     string
		channels []int
	}
	var order []string
	loads := map[string]*load{}
	for i, c := range p.Channels {
		k := personKey(c.Owner)
		if k == "" || ReadOwner(c.Owner) == OwnerTeam {
			continue // a team's capacity is not one person's
		}
		if loads[k] == nil {
			loads[k] = &load{name: strings.TrimSpace(c.Owner)}
			if j := strings.IndexAny(c.Owner, "(,;/"); j > 0 {
				loads[k].name = strings.TrimSpace(c.Owner[:j])
			}
			order = append(order, k)
		}
		loads[k].channels = append(loads[k].channels, i)
	}
	var out []Finding
	for _, k := range order {
		l := loads[k]
		if len(l.channels) <= maxChannelsPerOwner {
			continue
		}
		var names []Text
		for _, i := range l.channels {
			names = append(names, channelName(p.Channels[i], i))
		}
		out = append(out, finding("owner-capacity", Weak, fmt.Sprintf("channels[%d].owner", l.channels[maxChannelsPerOwner]),
			trn("%s owns %d channels (%s); one or two channels done well beat many done thinly.",
				"%s har ansvaret for %d kanaler (%s); én eller to kanaler som drives godt, slår mange som drives halvhjertet.",
				"%s har ansvaret for %d kanalar (%s); éin eller to kanalar som blir drivne godt, slår mange som blir drivne halvhjarta.",
				same(CleanLine(l.name)), len(l.channels), list(names)),
			trn("Hand some of them to someone else, name a deputy who shares the work, or drop the ones that matter least to your audience.",
				"Gi noen av dem til en annen, pek ut en stedfortreder som deler arbeidet, eller legg ned kanalene som betyr minst for målgruppen.",
				"Gi nokre av dei til ein annan, peik ut ein stadfortredar som deler arbeidet, eller legg ned kanalane som betyr minst for målgruppa.")))
	}
	return out
}

// allSame returns the answer when every channel gives the same non-empty
// one.
func allSame(cs []Channel, field func(Channel) string) (string, bool) {
	if len(cs) < 2 {
		return "", false
	}
	first := field(cs[0])
	if blank(first) {
		return "", false
	}
	for _, c := range cs[1:] {
		if !sameAnswer(field(c), first) {
			return "", false
		}
	}
	return first, true
}

// microblogs are channels people use the same way; the same post and rhythm
// on all of them is a choice many make on purpose.
var microblogs = set("x", "mastodon", "bluesky", "threads")

// mirrorWords say that channels carry the same content on purpose.
var mirrorWords = []string{"mirror*", "cross post*", "crosspost*", "same as", "same content", "same posts", "copied to",
	"speil*", "krysspost*", "samme som", "samme innhold", "same innhald", "same innhold", "dei same", "de samme", "same som"}

func checkChannelSameness(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id = "channel-sameness"
	tone, sameTone := allSame(p.Channels, func(c Channel) string { return c.Tone })
	cadence, sameCadence := allSame(p.Channels, func(c Channel) string { return c.Cadence })
	if !sameTone && !sameCadence {
		return nil
	}
	family := true
	for _, c := range p.Channels {
		if !microblogs[c.ID] {
			family = false
		}
		if mentions(c.Tone+" . "+c.Cadence+" . "+c.Audience+" . "+c.Goal, mirrorWords...) {
			return nil // mirrored on purpose, and said so
		}
	}
	if family {
		return nil
	}
	a, b := channelName(p.Channels[0], 0), channelName(p.Channels[1], 1)
	adapt := trn("If that is on purpose (the same posts mirrored), say so in the plan; if not, adapt each channel: what works on %s is not what works on %s.",
		"Er det med vilje (de samme innleggene speilet), skriv det i planen; hvis ikke, tilpass hver kanal: det som virker på %s, er ikke det som virker på %s.",
		"Er det med vilje (dei same innlegga spegla), skriv det i planen; er det ikkje det, tilpass kvar kanal: det som verkar på %s, er ikkje det som verkar på %s.", a, b)
	switch {
	case sameTone && sameCadence:
		return []Finding{finding(id, Tip, "channels[0].tone",
			trn("Every channel has the same tone and cadence (%s, %s); is that on purpose?",
				"Alle kanalene har samme tone og publiseringsrytme (%s, %s); er det med vilje?",
				"Alle kanalane har same tone og publiseringsrytme (%s, %s); er det med vilje?",
				quoted(tone), quoted(cadence)), adapt)}
	case sameTone:
		return []Finding{finding(id, Tip, "channels[0].tone",
			trn("Every channel has the same tone (%s); is that on purpose?",
				"Alle kanalene har samme tone (%s); er det med vilje?",
				"Alle kanalane har same tone (%s); er det med vilje?", quoted(tone)), adapt)}
	default:
		return []Finding{finding(id, Tip, "channels[0].cadence",
			trn("Every channel has the same cadence (%s); is that on purpose?",
				"Alle kanalene har samme publiseringsrytme (%s); er det med vilje?",
				"Alle kanalane har same publiseringsrytme (%s); er det med vilje?", quoted(cadence)), adapt)}
	}
}

func checkSpokespeopleNamed(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id = "spokespeople-named"
	switch {
	case blank(p.Voice.Spokespeople):
		return []Finding{finding(id, Gap, "voice.spokespeople",
			trn("The plan does not say who may speak for the organisation.",
				"Planen sier ikke hvem som kan uttale seg på vegne av virksomheten.",
				"Planen seier ikkje kven som kan uttale seg på vegner av verksemda."),
			trn("Choose everyone, designated people or leadership only, and write it in the plan.",
				"Velg alle ansatte, utpekte talspersoner eller bare ledelsen, og skriv det inn i planen.",
				"Vel alle tilsette, utpeikte talspersonar eller berre leiinga, og skriv det inn i planen."))}
	case p.Voice.Spokespeople == SpeakDesignated && !anyFilled(p.Voice.SpokespeopleNames):
		return []Finding{finding(id, Gap, "voice.spokespeople_names",
			trn("Spokespeople are designated, but nobody is named, so nobody knows whether they may answer.",
				"Planen sier at utpekte talspersoner skal uttale seg, men ingen er navngitt, så ingen vet om de selv kan svare.",
				"Planen seier at utpeikte talspersonar skal uttale seg, men ingen er namngitt, så ingen veit om dei sjølve kan svare."),
			trn("Name them, with a stand-in for holidays: two names, and who answers when both are away.",
				"Skriv navnene, og en stedfortreder i ferier: to navn, og hvem som svarer når begge er borte.",
				"Skriv namna, og ein stadfortredar i feriar: to namn, og kven som svarar når begge er borte."))}
	}
	return nil
}

func anyFilled(ss []string) bool {
	for _, s := range ss {
		if !blank(s) {
			return true
		}
	}
	return false
}

func checkGuidelinesForEveryone(p *Plan) []Finding {
	if !p.Active() || anyFilled(p.Voice.Guidelines) {
		return nil
	}
	const id = "guidelines-for-everyone"
	k := kindOf(p)
	sug := trn("Write three to five plain rules, e.g. say who you are, never share %s, take complaints to private messages.",
		"Skriv tre til fem enkle regler, for eksempel: si hvem du er, del aldri %s, ta klager i private meldinger.",
		"Skriv tre til fem enkle reglar, til dømes: sei kven du er, del aldri %s, ta klager i private meldingar.", k.Private)
	if p.Voice.Spokespeople == SpeakEveryone {
		return []Finding{finding(id, Gap, "voice.guidelines",
			trn("%s may speak for you, but no guidelines tell them how.",
				"%s kan uttale seg på vegne av dere, men ingen retningslinjer sier hvordan.",
				"%s kan uttale seg på vegner av dykk, men ingen retningslinjer seier korleis.", k.Everyone), sug)}
	}
	return []Finding{finding(id, Tip, "voice.guidelines",
		trn("There are no guidelines for %s, and people talk about the organisation online whether or not they speak for it.",
			"Det finnes ingen retningslinjer for bruk av sosiale medier, og %s snakker om organisasjonen på nett enten de er talspersoner eller ikke.",
			"Det finst ingen retningslinjer for bruk av sosiale medium, og %s snakkar om organisasjonen på nettet anten dei er talspersonar eller ikkje.", k.People), sug)}
}

// Response-time thresholds for criticism. Two working days is a norm public
// bodies hold themselves to; a few hours is what people who complain say
// they expect.
const (
	criticismSlow     = 2 * day
	criticismExpected = 4 * time.Hour
)

func checkCriticismResponseTime(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id, path = "criticism-response-time", "responses.criticism.response_time"
	rt := p.Responses.Criticism.ResponseTime
	if blank(rt) {
		return []Finding{finding(id, Gap, path,
			trn("There is no response time for criticism, and criticism left unanswered grows in public.",
				"Det er ikke satt noen svartid for kritikk, og kritikk som ikke blir besvart, vokser i full offentlighet.",
				"Det er ikkje sett nokon svartid for kritikk, og kritikk som ikkje får svar, veks i full offentlegheit."),
			trn(`Promise an answer within a few hours, e.g. "4 hours on weekdays", and never more than two working days.`,
				"Lov svar innen noen timer, for eksempel «4 timer på hverdager», og aldri mer enn to virkedager.",
				"Lov svar innan nokre timar, til dømes «4 timar på kvardagar», og aldri meir enn to yrkedagar."))}
	}
	d, ok := ParseDuration(rt)
	switch {
	case !ok:
		return []Finding{finding(id, Weak, path,
			trn("The response time for criticism, %s, is not a length of time anyone can be held to.",
				"Svartiden for kritikk, %s, er ikke en tidsfrist noen kan holdes ansvarlig for.",
				"Svartida for kritikk, %s, er ikkje ein tidsfrist nokon kan haldast ansvarleg for.", quoted(rt)),
			trn(`Write it as a number and a unit, e.g. "4 hours" or "1 working day".`,
				"Skriv den som tall og enhet, for eksempel «4 timer» eller «1 virkedag».",
				"Skriv ho som tal og eining, til dømes «4 timar» eller «1 yrkedag»."))}
	case d > criticismSlow:
		return []Finding{finding(id, Weak, path,
			trn("Answering criticism within %s is slower than two working days, the norm many public bodies hold themselves to.",
				"En svartid på %s for kritikk er lengre enn to virkedager, som er normen mange offentlige virksomheter holder seg til.",
				"Ei svartid på %s for kritikk er lengre enn to yrkedagar, som er norma mange offentlege verksemder held seg til.", quoted(rt)),
			trn("Aim for a first answer within hours, even if it only says you are looking into it.",
				"Gi et første svar i løpet av noen timer, selv om dere bare kan si at dere ser på saken.",
				"Gi eit første svar i løpet av nokre timar, sjølv om de berre kan seie at de ser på saka."))}
	case d > criticismExpected:
		return []Finding{finding(id, Tip, path,
			trn("A response time of %s is longer than the few hours people say they expect when they complain.",
				"En svartid på %s er lengre enn de få timene folk sier at de forventer når de klager.",
				"Ei svartid på %s er lengre enn dei få timane folk seier at dei ventar når dei klagar.", quoted(rt)),
			trn(`A short first answer within about 4 hours ("Thanks, we are looking into it") buys time for the full one.`,
				"Et kort første svar innen omtrent 4 timer («Takk, vi ser på saken») gir dere tid til å finne et fullstendig svar.",
				"Eit kort første svar innan om lag 4 timar («Takk, vi ser på saka») gir dykk tid til å finne eit fullstendig svar."))}
	}
	return nil
}

func checkCriticismEscalation(p *Plan) []Finding {
	if !p.Active() || !blank(p.Responses.Criticism.Escalation) {
		return nil
	}
	return []Finding{finding("criticism-escalation", Gap, "responses.criticism.escalation",
		trn("Criticism has no escalation path, so a serious complaint stops with whoever happens to read it.",
			"Det står ikke hvem kritikk skal løftes videre til, så en alvorlig klage stopper hos den som tilfeldigvis leser den.",
			"Det står ikkje kven kritikk skal gå vidare til, så ei alvorleg klage stoppar hos den som tilfeldigvis les ho."),
		trn(`Say who takes over and when, e.g. "%s, for anything about safety, money or the law".`,
			"Skriv hvem som tar over, og når, for eksempel «%s, ved alt som gjelder sikkerhet, økonomi eller juss».",
			"Skriv kven som tek over, og når, til dømes «%s, ved alt som gjeld tryggleik, økonomi eller juss».", kindOf(p).Lead))}
}

func checkIncidentLead(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if who, ok := incidentElsewhere(p); ok {
		// One finding for an organisation whose incidents another team
		// handles, not every gap of a plan it does not write.
		return []Finding{finding("incident-lead", Tip, "responses.incident.lead",
			trn("Incidents are handled elsewhere (%s), so the adviser does not review an incident plan here.",
				"Hendelser håndteres et annet sted (%s), så rådgiveren vurderer ikke en egen plan for krisekommunikasjon her.",
				"Hendingar blir handterte ein annan stad (%s), så rådgivaren vurderer ikkje ein eigen plan for krisekommunikasjon her.", quoted(who)),
			trn("Check that their plan covers your channels: pausing scheduled posts, a first statement, where and how often you update.",
				"Sjekk at den planen dekker kanalene deres: å stanse planlagte innlegg, en første melding, og hvor og hvor ofte dere oppdaterer.",
				"Sjekk at den planen dekkjer kanalane dykkar: å stanse planlagde innlegg, ei første melding, og kvar og kor ofte de oppdaterer."))}
	}
	if !blank(p.Responses.Incident.Lead) {
		return nil
	}
	return []Finding{finding("incident-lead", Gap, "responses.incident.lead",
		trn("Nobody is named to lead communication when something unexpected happens.",
			"Ingen er utpekt til å lede kommunikasjonen når noe uventet skjer.",
			"Ingen er utpeikt til å leie kommunikasjonen når noko uventa skjer."),
		trn("Name one person, and a stand-in for when they are away.",
			"Pek ut én person, og en stedfortreder for når vedkommende er borte.",
			"Peik ut éin person, og ein stadfortredar for når vedkommande er borte."))}
}

func checkIncidentChannels(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if _, ok := incidentElsewhere(p); ok {
		return nil
	}
	const id, path = "incident-channels", "responses.incident.channels"
	inc := p.Responses.Incident.Channels
	if !anyFilled(inc) {
		return []Finding{finding(id, Gap, path,
			trn("The incident plan names no channels, so people will not know where to look when something happens.",
				"Planen for krisekommunikasjon nevner ingen kanaler, så folk vet ikke hvor de skal følge med når noe skjer.",
				"Planen for krisekommunikasjon nemner ingen kanalar, så folk veit ikkje kvar dei skal følgje med når noko skjer."),
			trn("List the channels you will post on during an incident, starting with the one your audience already follows.",
				"List opp kanalene dere vil bruke ved en hendelse, og begynn med den målgruppen allerede følger.",
				"List opp kanalane de vil bruke ved ei hending, og byrj med den målgruppa alt følgjer."))}
	}
	var out []Finding
	for _, x := range inc {
		// A known channel the plan does not use: often one unticked since.
		// Other names (the website, SMS) are places to inform that need no
		// channel plan.
		// A misspelt id ("facebok") is channel-id-typo's finding, not a
		// second one here: read it as the channel it was meant to be.
		if x := canonChannel(x); IsKnownChannel(x) && !planHas(p, x) {
			out = append(out, finding(id, Weak, path,
				trn("%s is an incident channel, but it is not among the plan's channels, so nobody plans or watches it.",
					"%s er en kanal for krisekommunikasjon, men den er ikke blant kanalene i planen, så ingen planlegger eller følger med på den.",
					"%s er ein kanal for krisekommunikasjon, men han er ikkje blant kanalane i planen, så ingen planlegg eller følgjer med på han.",
					same(ChannelNameIn(x, LangEnglish))),
				trn("Add it to the channels with an owner, or take it off the incident channels.",
					"Legg den til blant kanalene med en ansvarlig, eller fjern den fra kanalene for krisekommunikasjon.",
					"Legg han til blant kanalane med ein ansvarleg, eller fjern han frå kanalane for krisekommunikasjon.")))
		}
	}
	for i, c := range p.Channels {
		if !hasPurpose(c, "incident") || listsChannel(inc, c.ID) || listsChannel(inc, canonChannel(c.ID)) {
			continue
		}
		name := channelName(c, i)
		out = append(out, finding(id, Weak, path,
			trn("%s is meant for informing during incidents, but it is not among the incident channels.",
				"%s skal brukes til å informere ved uventede hendelser, men er ikke med blant kanalene for krisekommunikasjon.",
				"%s skal brukast til å informere ved uventa hendingar, men er ikkje med blant kanalane for krisekommunikasjon.", name),
			trn(`Add %s to the incident channels, or drop "incident" from its purposes.`,
				"Legg %s til kanalene for krisekommunikasjon, eller fjern «informere ved uventede hendelser» fra formålene.",
				"Legg %s til kanalane for krisekommunikasjon, eller fjern «informere ved uventa hendingar» frå føremåla.", name)))
	}
	return out
}

// canonChannel is a channel id as meant: a known id one edit away is read
// as that id.
func canonChannel(id string) string {
	if k, ok := channelTypo(id); ok {
		return NormaliseChannelID(k)
	}
	return NormaliseChannelID(id)
}

// planHas reports whether the plan has the channel, spelt right or not.
func planHas(p *Plan, id string) bool {
	for _, c := range p.Channels {
		if canonChannel(c.ID) == id {
			return true
		}
	}
	return false
}

func hasPurpose(c Channel, id string) bool {
	for _, p := range c.Purposes {
		if strings.EqualFold(strings.TrimSpace(p), id) {
			return true
		}
	}
	return false
}

func listsChannel(ids []string, id string) bool {
	id = NormaliseChannelID(id)
	for _, x := range ids {
		if strings.EqualFold(NormaliseChannelID(x), id) {
			return true
		}
	}
	return false
}

// clockTime is a time of day, "20:00", «14.30»: when the next update comes.
var clockTime = regexp.MustCompile(`\b([01]?\d|2[0-3])[:.][0-5]\d\b`)

// statementPart is one thing a holding statement must say, with the words
// that show it does.
type statementPart struct {
	name    Text
	example Text
	says    func(p *Plan, s string) bool
}

var statementParts = []statementPart{
	{
		Text{En: "what happened", Nb: "hva som har skjedd", Nn: "kva som har skjedd"},
		Text{En: "We know that …", Nb: "Vi vet at …", Nn: "Vi veit at …"},
		func(_ *Plan, s string) bool {
			return mentions(s, "happen*", "we know", "we are aware", "we're aware", "we re aware", "aware of",
				"is down", "are down", "outage*", "error*", "problem*", "fault*", "incident*", "breach*", "accident*",
				"delay*", "cancel*", "recall*", "leak*", "failure*", "skjedd", "skjedde", "vi vet", "kjent med",
				"feil*", "hendelse*", "brudd*", "ulykke*", "forsinke*", "avlys*", "tilbakekall*",
				"lekk*", "driftsstans*", "nede", "brann*", "vi veit", "hendt", "hende", "hendinga*", "ulukke*",
				"unavailable", "not working", "not available", "closed", "utilgjengelig*", "ute av drift", "stengt",
				"ikkje tilgjengeleg", "ikke tilgjengelig", "det har vore", "det har vært",
				// "There was an incident", "may be contaminated".
				"there was", "there has been", "contaminat*", "forurens*", "ureina", "ureining*", "har skjedd")
		},
	},
	{
		Text{En: "who is affected", Nb: "hvem som er berørt", Nn: "kven som er råka"},
		Text{}, // the kind's words: Kind.Affected
		func(_ *Plan, s string) bool {
			return mentions(s, "affect*", "customer*", "users", "user", "members", "guests", "patients", "students",
				"residents", "passengers", "anyone who", "everyone who", "those who", "people who", "if you",
				"berørt*", "berøres", "rammet", "rammes", "kunde*", "brukere*", "medlemmer*", "gjester*",
				"pasienter*", "elever*", "innbyggere*", "passasjerer*", "de som", "alle som", "du som", "dere som",
				"hvis du", "om du", "kundar*", "brukarar*", "medlemar*", "gjester", "pasientar*", "elevar*", "innbyggjarar*",
				"passasjerar*", "dei som", "de som", "dersom du", "råka*",
				// "Everyone involved", "parents have been told": a club's or a
				// school's people.
				"involved", "families", "parents", "players", "children", "pupils", "involverte", "familie*",
				"foreldre", "foresatte", "føresette", "utøvere", "utøvarar", "spillere", "spelarar", "barn", "barna")
		},
	},
	{
		Text{En: "what you are doing", Nb: "hva dere gjør", Nn: "kva de gjer"},
		Text{En: "We have … and are …", Nb: "Vi har … og jobber med …", Nn: "Vi har … og arbeider med …"},
		func(_ *Plan, s string) bool {
			return saysWeAct(s) || mentions(s, "we are working", "we re working", "working on", "investigat*", "fixing", "we have stopped",
				"stopped", "checking", "looking into", "restor*", "repair*", "contacting", "we have paused", "paused",
				"we are taking", "we have taken", "what we are doing", "vi jobber", "jobber med", "arbeider med",
				"undersøker", "retter", "reparer*", "stanset", "stoppet", "kontrollerer", "sjekker", "ser på",
				"gjenoppretter", "feilsøker", "satt i gang", "iverksatt", "hva vi gjør",
				"arbeider med", "undersøkjer", "rettar", "stansa", "stoppa", "kontrollerer", "sjekkar", "ser på", "sett i gang", "kva vi gjer",
				// "we are in touch with the families", "being looked after"
				"in touch", "looked after", "taking care", "i kontakt", "tar vare", "tek vare", "tar hånd om",
				"have been told", "have been informed", "has been told", "er varslet", "er varsla", "har fått beskjed")
		},
	},
	{
		Text{En: "where updates appear", Nb: "hvor oppdateringene kommer", Nn: "kvar oppdateringane kjem"},
		Text{En: "Updates come here and on our website.", Nb: "Oppdateringer kommer her og på nettsiden vår.", Nn: "Oppdateringar kjem her og på nettsida vår."},
		func(p *Plan, s string) bool {
			if mentions(s, "here", "website*", "web site", "our page", "on our", "updates at", "follow us", "http*", "www",
				"her", "nettside*", "nettsted*", "hjemmeside*", "på vår", "følg med", "følg oss", "nettstad*", "heimeside*") {
				return true
			}
			for _, c := range Channels {
				if mentions(s, c.ID, strings.Fields(c.Name)[0], "twitter") {
					return true
				}
			}
			for _, c := range p.Channels {
				if !blank(c.ID) && mentions(s, c.ID) {
					return true
				}
			}
			return false
		},
	},
	{
		Text{En: "when the next update comes", Nb: "når neste oppdatering kommer", Nn: "når neste oppdatering kjem"},
		Text{En: "Next update by 14:00.", Nb: "Neste oppdatering kommer innen kl. 14.", Nn: "Neste oppdatering kjem innan kl. 14."},
		func(_ *Plan, s string) bool {
			if _, ok := ParseDuration(s); ok {
				return true
			}
			// "We will say more here by 20:00": a time of day is when.
			if clockTime.MatchString(s) {
				return true
			}
			return mentions(s, "next", "again at", "again by", "o clock", "neste", "igjen kl", "kl", "klokka", "klokken")
		},
	},
}

// notActs are verbs in the present that say what the sender feels or
// thinks, not what it does: «vi beklager» is no action.
var notActs = set("beklager", "håper", "tror", "mener", "forstår", "synes", "er")

// saysWeAct reports whether text says what the sender is doing in the
// common sentence shapes: "we are drying", "we have stopped", «vi tørker»,
// «vi har stanset».
func saysWeAct(text string) bool {
	ws := words(text)
	for i := range ws {
		at := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		switch {
		case at(0) == "we" && (at(1) == "are" || at(1) == "re") && strings.HasSuffix(at(2), "ing"),
			at(0) == "we" && (at(1) == "have" || at(1) == "ve") && strings.HasSuffix(at(2), "ed"),
			at(0) == "vi" && at(1) == "har" && (strings.HasSuffix(at(2), "et") || strings.HasSuffix(at(2), "tt")),
			at(0) == "vi" && strings.HasSuffix(at(1), "er") && !notActs[at(1)]:
			return true
		}
	}
	return false
}

func checkHoldingStatement(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if _, ok := incidentElsewhere(p); ok {
		return nil
	}
	const id, path = "holding-statement", "responses.incident.holding_statement"
	hs := p.Responses.Incident.HoldingStatement
	if blank(hs) {
		return []Finding{finding(id, Gap, path,
			trn("There is no first statement ready for an incident, and writing one under pressure takes time you do not have.",
				"Det finnes ingen ferdigskrevet første melding ved en hendelse, og å skrive den under press tar tid dere ikke har.",
				"Det finst inga ferdigskriven første melding ved ei hending, og å skrive ho under press tek tid de ikkje har."),
			trn("Write a short template that says what happened, who is affected, what you are doing, where updates appear and when the next one comes.",
				"Skriv en kort mal som sier hva som har skjedd, hvem som er berørt, hva dere gjør, hvor oppdateringene kommer, og når neste oppdatering kommer.",
				"Skriv ein kort mal som seier kva som har skjedd, kven som er råka, kva de gjer, kvar oppdateringane kjem, og når neste oppdatering kjem."))}
	}
	var missing, examples []Text
	for _, part := range statementParts {
		if !part.says(p, hs) {
			missing = append(missing, part.name)
			ex := part.example
			if ex == (Text{}) {
				ex = kindOf(p).Affected
			}
			examples = append(examples, ex)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	ex := Text{
		En: strings.Join(textIn(examples, LangEnglish), " "),
		Nb: strings.Join(textIn(examples, LangBokmal), " "),
		Nn: strings.Join(textIn(examples, LangNynorsk), " "),
	}
	return []Finding{finding(id, Weak, path,
		trn("The first statement does not say %s.", "Den første meldingen sier ikke %s.", "Den første meldinga seier ikkje %s.", list(missing)),
		trn("Add a sentence that says it, e.g. %s", "Legg til en setning som sier det, for eksempel %s", "Legg til ei setning som seier det, til dømes %s", quote(ex)))}
}

func textIn(ts []Text, lang string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(lang)
	}
	return out
}

// incidentSlow is the longest gap between updates during an incident
// before people are left to rumour.
const incidentSlow = day

func checkIncidentInterval(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if _, ok := incidentElsewhere(p); ok {
		return nil
	}
	const id, path = "incident-interval", "responses.incident.update_interval"
	ui := p.Responses.Incident.UpdateInterval
	if blank(ui) {
		return []Finding{finding(id, Gap, path,
			trn("The incident plan does not say how often you will post updates, so people fill the silence themselves.",
				"Planen for krisekommunikasjon sier ikke hvor ofte dere oppdaterer, så folk fyller tomrommet selv.",
				"Planen for krisekommunikasjon seier ikkje kor ofte de oppdaterer, så folk fyller tomrommet sjølve."),
			trn(`Promise a rhythm and keep it, e.g. "every 2 hours, even when there is nothing new".`,
				"Lov en fast rytme og hold den, for eksempel «annenhver time, også når det ikke er noe nytt».",
				"Lov ein fast rytme og hald han, til dømes «annakvar time, også når det ikkje er noko nytt»."))}
	}
	d, ok := ParseDuration(ui)
	if !ok {
		return []Finding{finding(id, Weak, path,
			trn("How often you update during an incident, %s, is not a rhythm people can count on.",
				"Hvor ofte dere oppdaterer under en hendelse, %s, er ikke en rytme folk kan stole på.",
				"Kor ofte de oppdaterer under ei hending, %s, er ikkje ein rytme folk kan lite på.", quoted(ui)),
			trn(`Promise a time and keep it, e.g. "every 2 hours, even when there is nothing new".`,
				"Lov et tidspunkt og hold det, for eksempel «annenhver time, også når det ikke er noe nytt».",
				"Lov eit tidspunkt og hald det, til dømes «annakvar time, også når det ikkje er noko nytt»."))}
	}
	if d > incidentSlow {
		return []Finding{finding(id, Weak, path,
			trn("Updating %s leaves people without news for too long during an incident.",
				"Oppdateringsrytmen %s gjør at folk må vente for lenge på nyheter under en hendelse.",
				"Oppdateringsrytmen %s gjer at folk må vente for lenge på nyheiter under ei hending.", quoted(ui)),
			trn("Update at least every few hours while the incident lasts, and say when the next update comes.",
				"Oppdater med noen timers mellomrom så lenge hendelsen varer, og si når neste oppdatering kommer.",
				"Oppdater med nokre timars mellomrom så lenge hendinga varer, og sei når neste oppdatering kjem."))}
	}
	return nil
}

// reviewWords show an after-incident review. Pausing posts is not one:
// it is what happens during the incident.
var reviewWords = []string{"review*", "debrief*", "lessons", "lessons learned", "post mortem", "postmortem",
	"post incident", "after action", "evaluat*", "retrospective*", "what we learned", "what went well",
	"evaluer*", "gjennomgang*", "gjennomgå*", "lærdom*", "læringspunkt*", "erfaringar", "erfaringer",
	"oppsummer*", "etterarbeid*", "hva vi lærte", "kva vi lærte", "kva me lærte", "etter krisen", "evaluering",
	"går gjennom", "gå gjennom", "går vi gjennom", "går me gjennom", "ser tilbake på", "look back", "go through what", "went wrong",
	// "The board goes through what happened at its next meeting."
	"goes through", "go through", "going through", "went through what", "talk through", "talks through",
	"look at what happened", "looks at what happened", "discuss what happened", "discusses what happened",
	"ser på det som skjedde", "ser på hva som skjedde", "ser på kva som skjedde", "snakker gjennom", "snakkar gjennom"}

func checkIncidentAftermath(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	if _, ok := incidentElsewhere(p); ok {
		return nil
	}
	// Format 2 has a field for the aftermath. Format 1 has none; its
	// example writes it after the update interval, so that is where the
	// adviser looks.
	inc := p.Responses.Incident
	if !blank(inc.Afterwards) {
		if mentions(inc.Afterwards, reviewWords...) {
			return nil
		}
		return []Finding{finding("incident-aftermath", Weak, "responses.incident.afterwards",
			trn("What happens after an incident, %s, is no review, so nobody learns from what happened.",
				"Det som skjer etter en hendelse, %s, er ingen evaluering, så ingen lærer av det som skjedde.",
				"Det som skjer etter ei hending, %s, er inga evaluering, så ingen lærer av det som skjedde.", quoted(inc.Afterwards)),
			trn(`Add a review, e.g. "Within a week, review what happened, what we said and what we change".`,
				"Legg til en evaluering, for eksempel «Innen en uke går vi gjennom hva som skjedde, hva vi sa, og hva vi endrer».",
				"Legg til ei evaluering, til dømes «Innan ei veke går vi gjennom kva som skjedde, kva vi sa, og kva vi endrar»."))}
	}
	if mentions(inc.UpdateInterval+" . "+inc.Lead, reviewWords...) {
		return nil
	}
	// The suggestion is a review only: pausing scheduled posts is the
	// first step of an incident (DSB, agorapulse's "No. 1 thing"), never
	// something done afterwards.
	return []Finding{finding("incident-aftermath", Weak, "responses.incident",
		trn("The incident plan has no review afterwards, so nobody learns from what happened.",
			"Planen for krisekommunikasjon har ingen evaluering etterpå, så ingen lærer av det som skjedde.",
			"Planen for krisekommunikasjon har inga evaluering etterpå, så ingen lærer av det som skjedde."),
		trn(`Say what happens afterwards, e.g. "Within a week, review what happened, what we said and what we change"; pausing scheduled posts belongs in the first steps, not here.`,
			"Skriv hva som skjer etterpå, for eksempel «Innen en uke går vi gjennom hva som skjedde, hva vi sa, og hva vi endrer»; å stanse planlagte innlegg hører hjemme i de første stegene, ikke her.",
			"Skriv kva som skjer etterpå, til dømes «Innan ei veke går vi gjennom kva som skjedde, kva vi sa, og kva vi endrar»; å stanse planlagde innlegg høyrer heime i dei første stega, ikkje her."))}
}

// hashtag turns a name into the hashtag people would likely use.
func hashtag(name string) string { return "#" + orgKey(name) }

func checkListeningTerms(p *Plan) []Finding {
	if !p.Active() || anyFilled(p.Listening.Terms) {
		return nil
	}
	k := kindOf(p)
	sug := trn("List your name, %s, key people and %s.",
		"List opp navnet deres, %s, sentrale personer og %s.",
		"List opp namnet dykkar, %s, sentrale personar og %s.", k.Offer, k.Peers)
	if org := CleanLine(p.Organisation.Name); org != "" {
		sug = trn("List your name, %s, key people and %s, starting with %s and %s.",
			"List opp navnet deres, %s, sentrale personer og %s, og begynn med %s og %s.",
			"List opp namnet dykkar, %s, sentrale personar og %s, og byrj med %s og %s.",
			k.Offer, k.Peers, quoted(org), quoted(hashtag(org)))
	}
	return []Finding{finding("listening-terms", Gap, "listening.terms",
		trn("Nothing is listed to listen for, so mentions, praise and early warnings go unseen.",
			"Det er ikke satt opp noe å lytte etter, så omtale, ros og tidlige varsler går dere hus forbi.",
			"Det er ikkje sett opp noko å lytte etter, så omtale, ros og tidlege varsel går dykk hus forbi."), sug)}
}

// legalSuffixes are company-form words left out when matching a name.
var legalSuffixes = set("as", "asa", "sa", "ba", "da", "ans", "enk", "ltd", "limited", "inc", "llc", "plc", "gmbh", "ab")

// orgKey is the organisation's name without its company form.
func orgKey(name string) string {
	ws := words(name)
	for len(ws) > 1 && legalSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, "")
}

func checkListeningOwnName(p *Plan) []Finding {
	if !p.Active() || !anyFilled(p.Listening.Terms) {
		return nil
	}
	if orgKey(p.Organisation.Name) == "" {
		return nil
	}
	for _, t := range p.Listening.Terms {
		if mentionsOrg(t, p.Organisation.Name) {
			return nil
		}
	}
	org := CleanLine(p.Organisation.Name)
	return []Finding{finding("listening-own-name", Weak, "listening.terms",
		trn("The listening terms leave out %s, so you will miss what people say about you by name.",
			"Listen over det dere lytter etter, mangler %s, så dere går glipp av det folk skriver om dere ved navn.",
			"Lista over det de lyttar etter, manglar %s, så de går glipp av det folk skriv om dykk ved namn.", quoted(org)),
		trn("Add %s, and the spellings and hashtags people actually use, such as %s.",
			"Legg til %s, og skrivemåtene og emneknaggene folk faktisk bruker, som %s.",
			"Legg til %s, og skrivemåtane og emneknaggane folk faktisk brukar, som %s.", quoted(org), quoted(hashtag(org))))}
}

func checkReview(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	var out []Finding
	if c := p.Review.Cadence; !blank(c) && !readRate(c) && len(Deadlines(c, p.Language)) == 0 {
		out = append(out, finding("review", Weak, "review.cadence",
			trn("The review time, %s, is not a time anyone will put in a calendar.",
				"Tidspunktet for evaluering, %s, er ikke et tidspunkt noen vil sette i kalenderen.",
				"Tidspunktet for evaluering, %s, er ikkje eit tidspunkt nokon vil setje i kalenderen.", quoted(c)),
			trn(`Name a rhythm or a date, e.g. "quarterly" or "every January".`,
				"Skriv en rytme eller en dato, for eksempel «hvert kvartal» eller «hver januar».",
				"Skriv ein rytme eller ein dato, til dømes «kvart kvartal» eller «kvar januar».")))
	}
	if blank(p.Review.Cadence) {
		out = append(out, finding("review", Gap, "review.cadence",
			trn("There is no time set to review the strategy, so it will quietly go out of date.",
				"Det er ikke satt noe tidspunkt for å evaluere strategien, så den går i det stille ut på dato.",
				"Det er ikkje sett noko tidspunkt for å evaluere strategien, så han går i det stille ut på dato."),
			trn("Review it at set times, e.g. quarterly or every six months, against the channel goals.",
				"Evaluer den til faste tider, for eksempel hvert kvartal eller hvert halvår, opp mot målene for kanalene.",
				"Evaluer han til faste tider, til dømes kvart kvartal eller kvart halvår, opp mot måla for kanalane.")))
	}
	if blank(p.Review.Owner) {
		out = append(out, finding("review", Gap, "review.owner",
			trn("Nobody is responsible for reviewing the strategy.", "Ingen har ansvaret for å evaluere strategien.", "Ingen har ansvaret for å evaluere strategien."),
			trn("Name the person who calls the review and updates the plan.",
				"Pek ut den som kaller inn til evaluering og oppdaterer planen.",
				"Peik ut den som kallar inn til evaluering og oppdaterer planen.")))
	}
	return out
}

// audienceStems are words that name an audience, with or without a common
// ending.
var audienceStems = []string{"customer", "buyer", "client", "user", "member", "audience", "people", "patient",
	"student", "pupil", "parent", "citizen", "resident", "guest", "reader", "donor", "subscriber", "market",
	"kunde", "kjøper", "klient", "bruker", "medlem", "målgrupp", "publikum", "innbygger", "pasient", "elev",
	"foreldr", "gjest", "leser", "giver", "abonnent", "markedet", "folk",
	"innbyggjar", "brukar", "føresett", "lesar", "gjevar", "kjøpar", "pasientar", "målgruppa", "kundar"}

// elsewhere are words that say where the audience is instead.
var elsewhere = []string{"instead", "rather", "in person", "face to face", "e mail", "email", "newsletter*", "phone",
	"telephone", "word of mouth", "shop", "store", "fair", "fairs", "trade show*", "website*", "newspaper*",
	"radio", "letter*", "meeting*", "event*", "referral*", "i stedet", "heller", "ansikt til ansikt", "e post", "epost",
	"nyhetsbrev*", "telefon*", "jungeltelegraf*", "butikk*", "messe*", "nettside*", "nettsted*", "avis*",
	"lokalavis*", "brev", "møte*", "arrangement*", "anbefaling*", "muntlig*",
	// Another sender speaks for us: a council through the municipality's
	// accounts, a branch through its national body's.
	"through", "via", "on behalf", "accounts", "account", "gjennom", "på vegne", "kontoer", "kontoar", "kontoane",
	"kontoen", "kontoene", "kanaler", "kanalar", "kanalane", "kanalene", "i staden", "nettstad*", "munnleg*"}

// namesAudience reports whether a reason for staying away speaks of the
// audience, in general words or the plan's own audiences.
func namesAudience(p *Plan, reason string) bool {
	if hasWordForm(reason, audienceStems...) {
		return true
	}
	for _, a := range p.Organisation.Audiences {
		for _, w := range words(a.Name) {
			if len([]rune(w)) >= 5 && mentions(reason, w) {
				return true
			}
		}
	}
	return false
}

func checkNoPresenceReason(p *Plan) []Finding {
	if p.Active() {
		return nil
	}
	const id, path = "no-presence-reason", "no_presence_reason"
	sug := trn(`Tie it to your audience, as in "We will not spend time on social media, because none of our current or potential buyers are there", and say where you meet them instead.`,
		"Knytt den til målgruppen, for eksempel «Vi skal ikke bruke tid på sosiale medier fordi ingen av våre nåværende eller potensielle kjøpere er til stede der», og skriv hvor dere møter dem i stedet.",
		"Knyt ho til målgruppa, til dømes «Vi skal ikkje bruke tid på sosiale medium fordi ingen av dei noverande eller moglege kjøparane våre er til stades der», og skriv kvar de møter dei i staden.")
	reason := p.NoPresenceReason
	switch {
	case blank(reason):
		return []Finding{finding(id, Gap, path,
			trn("The plan says you will not be on social media, but not why.",
				"Planen sier at dere ikke skal være til stede i sosiale medier, men ikke hvorfor.",
				"Planen seier at de ikkje skal vere til stades i sosiale medium, men ikkje kvifor."), sug)}
	case !namesAudience(p, reason) && !mentions(reason, elsewhere...):
		return []Finding{finding(id, Weak, path,
			trn("The reason for staying off social media names neither your audience nor where they are instead.",
				"Begrunnelsen for å holde seg unna sosiale medier sier verken hvem målgruppen er eller hvor de er i stedet.",
				"Grunngivinga for å halde seg unna sosiale medium seier korkje kven målgruppa er eller kvar ho er i staden."), sug)}
	}
	return nil
}

func checkNoPresenceRevisit(p *Plan) []Finding {
	if p.Active() {
		return nil
	}
	const id = "no-presence-revisit"
	var out []Finding
	if blank(p.Review.Cadence) {
		out = append(out, finding(id, Gap, "review.cadence",
			trn("The decision to stay off social media has no date to revisit it, and audiences move.",
				"Beslutningen om å holde seg unna sosiale medier har ingen dato for ny vurdering, og målgrupper flytter på seg.",
				"Avgjerda om å halde seg unna sosiale medium har ingen dato for ny vurdering, og målgrupper flyttar på seg."),
			trn(`Set a time to look again, e.g. "every January" or "June 2027".`,
				"Sett et tidspunkt for ny vurdering, for eksempel «hver januar» eller «juni 2027».",
				"Set eit tidspunkt for ny vurdering, til dømes «kvar januar» eller «juni 2027».")))
	}
	if blank(p.Review.Owner) {
		out = append(out, finding(id, Weak, "review.owner",
			trn("Nobody is responsible for revisiting the decision.", "Ingen har ansvaret for å vurdere beslutningen på nytt.", "Ingen har ansvaret for å vurdere avgjerda på nytt."),
			trn("Name the person who looks again and tells the others.", "Pek ut den som vurderer saken på nytt og gir beskjed til de andre.", "Peik ut den som vurderer saka på nytt og gir beskjed til dei andre.")))
	}
	return out
}
