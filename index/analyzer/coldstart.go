//go:build ignore

// coldstart.go measures what a one-shot search process pays for Chinese
// analysis: build an index once, then search it from fresh processes.
//
//	go build -o /tmp/coldstart coldstart.go
//	/tmp/coldstart -build /tmp/coldidx ../../seeds/*.txt
//	time /tmp/coldstart /tmp/coldidx 新材料
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/index/analyzer"
)

func main() {
	build := flag.String("build", "", "build an index in this folder from the files given")
	flag.Parse()
	if *build != "" {
		if err := buildIndex(*build, flag.Args()); err != nil {
			log.Fatal(err)
		}
		return
	}
	start := time.Now()
	idx, err := bleve.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	defer idx.Close()
	opened := time.Now()
	q := bleve.NewMatchQuery(flag.Arg(1))
	q.SetField("body")
	q.Analyzer = analyzer.QueryName
	req := bleve.NewSearchRequest(q)
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	res, err := idx.Search(req)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Score, h.Fragments["body"])
	}
	fmt.Printf("open %v, search %v, full dictionary loaded: %v\n",
		opened.Sub(start), time.Since(opened), segment.Loaded())
}

func buildIndex(dir string, files []string) error {
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = analyzer.Name
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("body", fm)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = dm
	idx, err := bleve.New(dir, m)
	if err != nil {
		return err
	}
	defer idx.Close()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := idx.Index(filepath.Base(f), map[string]string{"body": string(b)}); err != nil {
			return err
		}
	}
	return nil
}
