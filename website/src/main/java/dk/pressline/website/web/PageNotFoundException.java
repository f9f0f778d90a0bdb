package dk.pressline.website.web;

/** The page asked for does not exist: the reader gets the Danish 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what + " not found");
    }
}
