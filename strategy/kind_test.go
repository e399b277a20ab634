package strategy

import (
	"reflect"
	"testing"
)

func TestKinds(t *testing.T) {
	// Every kind has every word in every language, with no fixed text of
	// a business in a kind that is not one.
	for _, k := range Kinds {
		v := reflect.ValueOf(k)
		for i := range v.NumField() {
			if tx, ok := v.Field(i).Interface().(Text); ok && (tx != Text{} || v.Type().Field(i).Name != "Recruit") {
				if ok, reason := tx.Complete(); !ok {
					t.Errorf("Kinds[%s].%s = %+v: %s", k.ID, v.Type().Field(i).Name, tx, reason)
				}
			}
		}
	}
	if got := KindByID("").ID; got != KindBusiness {
		t.Errorf("KindByID(\"\") = %q, want business", got)
	}
	if got := KindByID("robots").ID; got != KindBusiness {
		t.Errorf("KindByID(robots) = %q, want business", got)
	}
	tests := []struct{ id, kind, lang, want string }{
		{"support", KindBusiness, LangEnglish, "Customer service and dialogue"},
		{"support", KindClub, LangEnglish, "Answer questions and talk with people"},
		{"support", KindPublic, LangNynorsk, "Svare på spørsmål og ha dialog"},
		{"promote", KindPublic, LangBokmal, "Informere om tjenester og arrangementer"},
		{"inspire", KindClub, LangNynorsk, Purposes[0].Name.Nn},
		{"sell", KindClub, LangEnglish, "sell"},
		{"recruit", KindEducation, LangEnglish, "Recruit students"},
		{"recruit", KindClub, LangBokmal, "Rekruttere frivillige og trenere"},
		{"recruit", KindPublic, LangNynorsk, "Rekruttere nye tilsette"},
		{"recruit", KindBusiness, LangEnglish, "Recruit new employees"},
		{"internal", KindClub, LangNynorsk, "Nå eigne medlemer"},
		{"internal", KindPublic, LangBokmal, "Intern kommunikasjon"},
	}
	for _, tt := range tests {
		if got := PurposeName(tt.id, tt.kind, tt.lang); got != tt.want {
			t.Errorf("PurposeName(%q, %q, %q) = %q, want %q", tt.id, tt.kind, tt.lang, got, tt.want)
		}
	}
	if got := SpokespeopleNameFor(SpeakEveryone, KindClub, LangBokmal); got != "Alle medlemmer" {
		t.Errorf("SpokespeopleNameFor(everyone, club, nb) = %q", got)
	}
}
