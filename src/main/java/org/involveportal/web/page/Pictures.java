package org.involveportal.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The pictures easy-read ideas can use: the SVG files in static/pictures, by name ("speech"). */
@Named
@ApplicationScoped
public class Pictures {

    public List<String> getNames() {
        var paths = FacesContext.getCurrentInstance().getExternalContext().getResourcePaths("/static/pictures/");
        return paths == null ? List.of() : paths.stream().filter(p -> p.endsWith(".svg"))
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - 4)).sorted().toList();
    }
}
