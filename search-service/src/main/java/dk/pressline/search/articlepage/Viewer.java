package dk.pressline.search.articlepage;

/**
 * Who a page is served to, as far as impressions go.
 *
 * @param counted whether the view counts impressions: not a robot's
 * @param readerKey the reader's key, or {@code null} when readers are not told apart
 */
record Viewer(boolean counted, String readerKey) {

    static final Viewer ROBOT = new Viewer(false, null);
    static final Viewer UNKNOWN_READER = new Viewer(true, null);

    static Viewer reader(String key) {
        return new Viewer(true, key);
    }
}
