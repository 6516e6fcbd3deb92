package io.kwlint.schemas;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the Kubernetes model classes of one client-java-api release from its own jar, so that
 * several releases can be read side by side; everything else (gson, swagger annotations) comes
 * from the generator's class path and is shared.
 */
final class ChildFirstClassLoader extends URLClassLoader {

    private static final String OWN_PACKAGE = "io.kubernetes.client.";

    ChildFirstClassLoader(URL jar, ClassLoader parent) {
        super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(OWN_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
