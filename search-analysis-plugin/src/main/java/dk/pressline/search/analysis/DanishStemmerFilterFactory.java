package dk.pressline.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.DanishStemmer;

/** Danish Snowball stemming, for custom analyzers. */
@NamedComponent("pressline_danish_stemmer")
public class DanishStemmerFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new SnowballFilter(tokens, new DanishStemmer());
    }
}
