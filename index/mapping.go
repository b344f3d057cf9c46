// Package index stores zhnews records in a bleve v2 full-text index and
// searches them: a Chinese analyzer on title and body, keyword fields for
// facets (source, month, entities by type), and the publish date.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/zhnews/zhnews/index/analyzer"
)

// Field names in the index.
const (
	FieldTitle     = "title"
	FieldBody      = "body"
	FieldSource    = "source"
	FieldAuthor    = "author"
	FieldPublished = "published"
	FieldMonth     = "month" // YYYY-MM of published, for the timeline facet
	FieldEntity    = "entity"
	FieldPerson    = "person"
	FieldOrg       = "org"
	FieldLocation  = "location"
	FieldPath      = "path"
	FieldURL       = "url"
	FieldHash      = "hash"   // content hash of the input, for incremental ingest
	FieldBase      = "base"   // id shared by the articles of one input
	FieldParts     = "parts"  // how many articles the input produced
	FieldRecord    = "record" // the rest of the output record, stored only
)

// EntityFields maps an entity type to its facet field.
var EntityFields = map[string]string{
	"person":   FieldPerson,
	"org":      FieldOrg,
	"location": FieldLocation,
}

// NewMapping returns the index mapping. Title and body use the gse analyzer
// with term vectors for highlighting; keyword fields keep doc values for
// facets; the body keeps no doc values, which would double its size on disk.
func NewMapping() mapping.IndexMapping {
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer.Name
		f.Store = store
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.IncludeInAll = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldTitle, text(true))
	doc.AddFieldMappingsAt(FieldBody, text(true))
	doc.AddFieldMappingsAt(FieldSource, kw(true))
	doc.AddFieldMappingsAt(FieldAuthor, kw(true))
	doc.AddFieldMappingsAt(FieldPublished, date)
	doc.AddFieldMappingsAt(FieldMonth, kw(false))
	doc.AddFieldMappingsAt(FieldEntity, kw(false))
	doc.AddFieldMappingsAt(FieldPerson, kw(false))
	doc.AddFieldMappingsAt(FieldOrg, kw(false))
	doc.AddFieldMappingsAt(FieldLocation, kw(false))
	doc.AddFieldMappingsAt(FieldPath, kw(true))
	doc.AddFieldMappingsAt(FieldURL, kw(true))
	doc.AddFieldMappingsAt(FieldHash, kw(true))
	doc.AddFieldMappingsAt(FieldBase, kw(false))
	doc.AddFieldMappingsAt(FieldParts, kw(true))
	doc.AddFieldMappingsAt(FieldRecord, stored)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzer.Name
	m.DefaultField = FieldBody
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	m.ScoringModel = bindex.BM25Scoring
	return m
}
