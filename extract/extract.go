// Package extract holds the span types that every extractor under it returns,
// so that extractors stay independent of one another and of the pipeline.
//
// Offsets: Entity, Figure and Date spans use Unicode code point (rune)
// offsets into the text they were given, end exclusive, as the output record
// requires. Token uses byte offsets, because the search index works in bytes.
package extract

// Entity is a named entity found in text.
type Entity struct {
	Text  string `json:"text"`
	Type  string `json:"type"` // EntityPerson, EntityOrg or EntityLocation
	Start int    `json:"start"`
	End   int    `json:"end"`
	Role  string `json:"role,omitempty"` // for persons: title or role given in context, e.g. 上海市科委副主任
}

// Entity types.
const (
	EntityPerson   = "person"
	EntityOrg      = "org"
	EntityLocation = "location"
)

// Figure is a quantity found in text, with its value normalized to a plain number.
type Figure struct {
	Text   string   `json:"text"`
	Value  float64  `json:"value"`
	Max    *float64 `json:"max,omitempty"` // high end of a range; Value is the low end
	Unit   string   `json:"unit"`
	Approx bool     `json:"approx,omitempty"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
}

// Date is a date or time expression with its value in ISO 8601 at the
// precision the text gives; a range is "start/end".
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Removed is a piece of the input that an extractor took out of the body, with why.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Token is a word from segmentation. Start and End are byte offsets.
type Token struct {
	Text  string `json:"text"`
	Pos   string `json:"pos,omitempty"` // part of speech from the dictionary, if known
	Start int    `json:"start"`
	End   int    `json:"end"`
}
