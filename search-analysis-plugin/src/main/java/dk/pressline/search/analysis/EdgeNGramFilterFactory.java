package dk.pressline.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Prefixes of 2 to 15 characters of every token (keeping the token itself), for custom autocomplete analyzers. */
@NamedComponent("pressline_edge_ngram")
public class EdgeNGramFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return PresslineAnalyzers.edgeNGrams(tokens);
    }
}
