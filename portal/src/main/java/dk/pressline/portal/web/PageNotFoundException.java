package dk.pressline.portal.web;

/** The page, or what it shows, does not exist for this person: the portal's 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what);
    }
}
