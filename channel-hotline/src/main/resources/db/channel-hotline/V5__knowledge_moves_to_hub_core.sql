-- The hotline's own knowledge base is gone: operators' F3 lookup searches the province's one
-- knowledge store in hub-core (knowledge_article, published_answer) through its public search.
DROP TABLE IF EXISTS hotline_knowledge;
