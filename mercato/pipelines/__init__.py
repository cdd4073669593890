"""Item pipelines: Scrapy glue only. clean → extract → dedup → store, one small class each."""
