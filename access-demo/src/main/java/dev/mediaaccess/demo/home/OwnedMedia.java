package dev.mediaaccess.demo.home;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.demo.signin.DemoUser;
import java.util.List;

/** The media a user owns, newest first, for the home page. */
@FunctionalInterface
public interface OwnedMedia {
    List<Media> of(DemoUser user);
}
