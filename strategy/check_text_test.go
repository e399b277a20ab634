package strategy

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"4 hours", 4 * time.Hour, true},
		{"2 working days", 48 * time.Hour, true},
		{"24 timer", 24 * time.Hour, true},
		{"1 dag", 24 * time.Hour, true},
		{"30 min", 30 * time.Minute, true},
		{"30 minutter", 30 * time.Minute, true},
		{"48h", 48 * time.Hour, true},
		{"24t", 24 * time.Hour, true},
		{"1.5 hours", 90 * time.Minute, true},
		{"1,5 timer", 90 * time.Minute, true},
		{"within a day", 24 * time.Hour, true},
		{"within the hour", time.Hour, true},
		{"innen timen", time.Hour, true},
		{"innen et døgn", 24 * time.Hour, true},
		{"two working days", 48 * time.Hour, true},
		{"to virkedager", 48 * time.Hour, true},
		{"2–3 virkedager", 72 * time.Hour, true},
		{"1-2 days", 48 * time.Hour, true},
		{"same day", 8 * time.Hour, true},
		{"samme dag", 8 * time.Hour, true},
		{"annenhver time; etterpå stanser vi planlagte innlegg", 2 * time.Hour, true},
		{"annenhver uke", 14 * 24 * time.Hour, true},
		{"same working day", 8 * time.Hour, true},
		{"next working day", 24 * time.Hour, true},
		{"innen neste virkedag", 24 * time.Hour, true},
		{"half an hour", 30 * time.Minute, true},
		{"en halv time", 30 * time.Minute, true},
		{"en halvtime", 30 * time.Minute, true},
		{"every 2 hours", 2 * time.Hour, true},
		{"hver 2. time", 2 * time.Hour, true},
		{"every hour", time.Hour, true},
		{"hver time", time.Hour, true},
		{"hourly", time.Hour, true},
		{"daglig", 24 * time.Hour, true},
		{"a week", 7 * 24 * time.Hour, true},
		{"1 uke", 7 * 24 * time.Hour, true},
		{"4 hours on weekdays, next day at weekends", 4 * time.Hour, true},
		{"every 2 hours; afterwards pause scheduled posts and hold a short review within a week", 2 * time.Hour, true},
		{"immediately", 15 * time.Minute, true},
		{"1 school day", 24 * time.Hour, true},
		{"within one school day", 24 * time.Hour, true},
		{"1 skoledag", 24 * time.Hour, true},
		{"innen en skoledag", 24 * time.Hour, true},
		{"ein skuledag", 24 * time.Hour, true},
		{"2 skuledagar", 48 * time.Hour, true},
		{"as soon as possible", 0, false},
		{"så fort som mulig", 0, false},
		{"", 0, false},
		{"up to 4", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseDuration(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDuration(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Reach 2,000 followers!", []string{"reach", "2,000", "followers"}},
		{"24t", []string{"24", "t"}},
		{"hver 2. time", []string{"hver", "2", "time"}},
		{"#SolsidenBakeri", []string{"solsidenbakeri"}},
		{"Nå 2 000 følgere", []string{"nå", "2", "000", "følgere"}},
		{"1.5", []string{"1.5"}},
		{",5", []string{"5"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGoalShape(t *testing.T) {
	tests := []struct {
		goal            string
		howMuch, byWhen bool
	}{
		{"Reach 2,000 local followers by June 2027", true, true},
		{"Take 20 catering orders a month through Facebook by March 2027", true, true},
		{"Nå 2 000 lokale følgere innen juni 2027", true, true},
		{"Få 20 cateringbestillinger i måneden via Facebook innen mars 2027", true, true},
		{"Grow engagement by 20% within six months", true, true},
		{"Doble antall følgere i løpet av et år", true, true},
		{"Reach 2000 followers by 2027", true, true},
		{"Reach 500 followers by Q3", true, true},
		{"Grow by 30 percent before Christmas", true, true},
		{"Be more visible", false, false},
		{"Bli mer synlige", false, false},
		{"Be more visible by 2027", false, true},
		{"Be more visible within 6 months", false, true},
		{"Bli mer synlige innen utgangen av 2027", false, true},
		{"Reach 5,000 followers", true, false},
		{"Få tusen følgere", true, false},
		{"Get more followers to the page", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		howMuch, byWhen := goalShape(tt.goal)
		if howMuch != tt.howMuch || byWhen != tt.byWhen {
			t.Errorf("goalShape(%q) = %v, %v, want %v, %v", tt.goal, howMuch, byWhen, tt.howMuch, tt.byWhen)
		}
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		text    string
		phrases []string
		want    bool
	}{
		{"Customers who are affected", []string{"affect*"}, true},
		{"We know that it broke", []string{"we know"}, true},
		{"We knowingly", []string{"we know"}, false},
		{"Updates come here", []string{"her"}, false},
		{"Oppdateringer kommer her.", []string{"her"}, true},
		{"Neste oppdatering kl. 14", []string{"kl"}, true},
		{"", []string{"anything"}, false},
		{"e-post", []string{"e post"}, true},
	}
	for _, tt := range tests {
		if got := mentions(tt.text, tt.phrases...); got != tt.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", tt.text, tt.phrases, got, tt.want)
		}
	}
}

func TestHasWordForm(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"none of our buyers are there", true},
		{"ingen av våre nåværende eller potensielle kjøpere", true},
		{"kundene våre", true},
		{"a useful tool", false},
		{"it costs too much", false},
	}
	for _, tt := range tests {
		if got := hasWordForm(tt.text, audienceStems...); got != tt.want {
			t.Errorf("hasWordForm(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"4 hours", "hver 2. time", "1,5 timer", "half an hour", "same working day", "2–3 virkedager", "9999999999999999999 years"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDuration(s)
		if !ok && d != 0 {
			t.Errorf("ParseDuration(%q) = %v, false, want 0 when not found", s, d)
		}
		goalShape(s)
		mentions(s, "a*", "b c")
	})
}

func TestDeadlines(t *testing.T) {
	day := func(y int, m time.Month, d int) string {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	tests := []struct {
		lang, text string
		want       []string // the last day of each deadline found
	}{
		{"nb", "Nå 2 500 følgere innen 31.12.2027", []string{day(2027, 12, 31)}},
		{"nb", "innen 31.12.27", []string{day(2027, 12, 31)}},
		{"en", "by 31/12/2027", []string{day(2027, 12, 31)}},
		{"en", "by 12/31/2027", []string{day(2027, 12, 31)}},
		{"en", "by 2027-06-30", []string{day(2027, 6, 30)}},
		{"nb", "innen 1. juni 2027", []string{day(2027, 6, 1)}},
		{"nb", "Nå 2 500 følgjarar innan 1. juni 2027", []string{day(2027, 6, 1)}},
		{"nb", "innen juni 2027", []string{day(2027, 6, 30)}},
		{"nb", "før des. 2027", []string{day(2027, 12, 31)}},
		{"en", "by June 2019", []string{day(2019, 6, 30)}},
		{"en", "by 1st of June 2027", []string{day(2027, 6, 1)}},
		{"en", "by June 1, 2027", []string{day(2027, 6, 1)}},
		{"en", "by Dec 2027", []string{day(2027, 12, 31)}},
		{"en", "by 31 December 2027", []string{day(2027, 12, 31)}},
		{"nb", "innen 30. september 2027", []string{day(2027, 9, 30)}},
		{"nb", "innen 1. mai 2027", []string{day(2027, 5, 1)}},
		{"nb", "innen 31.02.2027", nil},
		{"en", "by Smarch 2027", nil},
		{"nb", "innen utgangen av 2027", []string{day(2027, 12, 31)}},
		{"nb", "innan slutten av 2027", []string{day(2027, 12, 31)}},
		{"en", "by the end of 2027", []string{day(2027, 12, 31)}},
		{"en", "in Q2 2027", []string{day(2027, 6, 30)}},
		{"en", "2027 Q3", []string{day(2027, 9, 30)}},
		{"nb", "i 2. kvartal 2027", []string{day(2027, 6, 30)}},
		{"nb", "i fjerde kvartal 2026", []string{day(2026, 12, 31)}},
		{"en", "in the first half of 2027", []string{day(2027, 6, 30)}},
		{"en", "H2 2027", []string{day(2027, 12, 31)}},
		{"en", "before summer 2027", []string{day(2027, 8, 31)}},
		{"nb", "innen sommeren 2027", []string{day(2027, 8, 31)}},
		{"nb", "til hausten 2027", []string{day(2027, 12, 31)}},
		{"nb", "før jul 2027", []string{day(2027, 12, 31)}},
		{"en", "by winter 2027", []string{day(2028, 2, 28)}},
		{"nb", "skoleåret 2026/27", []string{day(2027, 6, 30)}},
		{"en", "by 2027", []string{day(2027, 12, 31)}},
		{"nb", "innen 2027", []string{day(2027, 12, 31)}},
		{"en", "from June 2026 to June 2027", []string{day(2026, 6, 30), day(2027, 6, 30)}},
		{"en", "within six months", nil},
		{"nb", "i løpet av et år", nil},
		{"en", "Reach 2,000 followers", nil},
		{"en", "Reach 2027 followers", nil},
		{"nb", "Nå 2 500 følgere", nil},
		{"en", "", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range Deadlines(tt.text, tt.lang) {
			got = append(got, d.Last.Format("2006-01-02"))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Deadlines(%q, %q) = %q, want %q", tt.text, tt.lang, got, tt.want)
		}
	}
}

func TestReadRate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"3 posts a week", true},
		{"2 posts a week, messages answered daily", true},
		{"Every weekday at 9", true},
		{"Mondays and Thursdays", true},
		{"monthly", true},
		{"3 innlegg i uka", true},
		{"to innlegg kvar veke", true},
		{"annenhver uke", true},
		{"hver hverdag kl. 9", true},
		{"kvar måndag", true},
		{"kvart år", true},
		{"every January", true},
		{"", false},
		{"3 posts", false},
		{"Quality over quantity", false},
		{"As the team sees fit", false},
		{"We post outside office hours too", false},
		{"Living document, reviewed regularly", false},
		{"Ved behov", false},
		{"Jamleg", false},
		{"Kvalitet framfor kvantitet", false},
	}
	for _, tt := range tests {
		if got := readRate(tt.text); got != tt.want {
			t.Errorf("readRate(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestReadOwner(t *testing.T) {
	tests := []struct {
		owner string
		want  OwnerKind
	}{
		{"Kari (café manager)", OwnerPerson},
		{"Kari, café manager", OwnerPerson},
		{"Ola", OwnerPerson},
		{"Anne-Lise Berg", OwnerPerson},
		{"Communications manager", OwnerRole},
		{"daglig leder", OwnerRole},
		{"Kommunikasjonsrådgjevar", OwnerRole},
		{"Digital communications team (four editors, two on call)", OwnerTeam},
		{"Kommunikasjonsavdelingen", OwnerTeam},
		{"Kommunikasjonseininga (tre rådgjevarar)", OwnerTeam},
		{"Social media editors (3 people)", OwnerTeam},
		{"Styret", OwnerTeam},
		{"Web desk", OwnerTeam},
		{"", OwnerPerson},
	}
	for _, tt := range tests {
		if got := ReadOwner(tt.owner); got != tt.want {
			t.Errorf("ReadOwner(%q) = %v, want %v", tt.owner, got, tt.want)
		}
	}
}

func TestNameVariants(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Solsiden Bakeri AS", []string{"solsidenbakerias", "solsidenbakeri", "solsiden", "sb"}},
		{"Universitetet i Oslo", []string{"universitetetioslo", "universitetet", "uio", "uo"}},
		{"Nasjonalbiblioteket (NB)", []string{"nasjonalbiblioteket", "nb"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := NameVariants(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("NameVariants(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"#SolsidenBakeri", "Solsiden Bakeri AS", true},
		{"@solsidenbakeri", "Solsiden Bakeri", true},
		{"Solsiden", "Solsiden Bakeri", true},
		{"UiO", "Universitetet i Oslo", true},
		{"Oslo", "Universitetet i Oslo", false},
		{"SB", "Sandnes Bibliotek", true},
		{"sourdough", "Solsiden Bakeri", false},
	} {
		if got := mentionsOrg(tt.text, tt.name); got != tt.want {
			t.Errorf("mentionsOrg(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestChannelTypo(t *testing.T) {
	tests := []struct {
		id, want string
		ok       bool
	}{
		{"facebok", "facebook", true},
		{"Facebok", "facebook", true},
		{"facebookk", "facebook", true},
		{"instagarm", "instagram", true},
		{"twiter", "twitter", true},
		{"linkdin", "linkedin", true},
		{"tiktok", "", false},
		{"Twitter", "", false},
		{"xx", "", false},
		{"blogg", "blog", true}, // the bokmål word: the id is blog
		{"Newsletter", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := channelTypo(tt.id); got != tt.want || ok != tt.ok {
			t.Errorf("channelTypo(%q) = %q, %v, want %q, %v", tt.id, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzDeadlines reads any text as a goal: no panic, and every deadline is
// text that was there.
func FuzzDeadlines(f *testing.F) {
	for _, s := range []string{"Nå 2 500 følgere innen 31.12.2027", "by June 2019", "Q2 2027", "innen utgangen av 2027",
		"2026/27", "H1 2027", "sommaren 2027", "31.12.99", "99.99.9999", "june 99999"} {
		f.Add(s, "nb")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, d := range Deadlines(text, lang) {
			if !strings.Contains(text, d.Text) {
				t.Fatalf("Deadlines(%q) found %q, which is not in the text", text, d.Text)
			}
		}
		readGoal(text, lang)
		readRate(text)
		ReadOwner(text)
		NameVariants(text)
		mentionsOrg(text, text)
	})
}

func TestDeadlinesFiscalYear(t *testing.T) {
	for _, s := range []string{"by the end of FY2027", "in FY27", "fiscal year 2027"} {
		ds := Deadlines(s, LangEnglish)
		if len(ds) != 1 || ds[0].Last.Format("2006-01-02") != "2028-03-31" {
			t.Errorf("Deadlines(%q) = %v, want one ending 2028-03-31 (the latest reading of a fiscal year)", s, ds)
		}
	}
}
