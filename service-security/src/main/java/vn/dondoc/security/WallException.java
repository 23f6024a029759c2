package vn.dondoc.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request the caller's wall refuses (403, nothing changed): another department's or unit's path
 * or data. The message, in Vietnamese, is the problem's detail.
 */
public class WallException extends AccessDeniedException {

    public WallException(String message) {
        super(message);
    }
}
