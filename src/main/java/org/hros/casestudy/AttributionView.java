package org.hros.casestudy;

/**
 * Everything a reader may know about who wrote a case. For a role-only or anonymous case it holds nothing
 * that leads to the member: no name, no handle, no id, no profile link.
 *
 * @param mode how the author chose to be credited
 * @param name the display name (named) or the role descriptor (role-only); {@code null} when anonymous
 * @param headline the author's headline, for named cases only
 * @param profilePath the author's profile, for named cases only
 * @param handle the author's handle, to mention them as {@code @handle}, for named cases only
 */
public record AttributionView(AttributionMode mode, String name, String headline, String profilePath, String handle) {

    public boolean named() {
        return mode == AttributionMode.NAMED;
    }

    public boolean anonymous() {
        return mode == AttributionMode.ANONYMOUS;
    }
}
